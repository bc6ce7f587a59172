"""Run one crawl of one site into a run directory: in this process, or in a fresh subprocess.

Twisted's reactor cannot restart inside a process, so anything that crawls more than once (the nightly flow,
tests) calls ``crawl_in_subprocess``; the ``wparchive crawl`` command runs ``run_crawl`` directly.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.extensions import STATS_FILE


@dataclass
class CrawlResult:
    """What a finished crawl left behind."""

    run_dir: Path
    stats: dict
    error: str | None  # why the run could not archive anything; None when it did

    @property
    def ok(self) -> bool:
        return self.error is None


class CrawlFailed(RuntimeError):
    """A crawl that archived nothing, with the reason (not WordPress, unreachable, robots.txt, …)."""


def run_crawl(
    site_url: str,
    run_dir: Path,
    *,
    profile: str = "polite",
    max_requests: int | None = None,
    max_posts: int | None = None,
    user_agent: str | None = None,
    api_root: str | None = None,
    state: Path | None = None,
    settings_overrides: dict[str, Any] | None = None,
) -> CrawlResult:
    """Crawl ``site_url`` into ``run_dir`` in this process (once per process: Twisted can't restart).
    ``settings_overrides`` are extra Scrapy settings (the replay uses them to answer from an archive)."""
    from scrapy.crawler import CrawlerProcess

    from crawler.settings import settings_for
    from crawler.spiders.wordpress import WordPressSpider

    run_dir.mkdir(parents=True, exist_ok=True)
    settings = settings_for(profile, run_dir, WPARCHIVE_MAX_REQUESTS=max_requests, USER_AGENT=user_agent,
                            **(settings_overrides or {}))
    process = CrawlerProcess(settings)  # installs Scrapy's root log handler (LOG_INSTALL_ROOT_HANDLER's default)
    crawler = process.create_crawler(WordPressSpider)
    process.crawl(crawler, site_url=site_url, max_posts=max_posts, api_root=api_root,
                  state=str(state) if state else None)
    process.start()
    return read_result(run_dir)


def read_result(run_dir: Path) -> CrawlResult:
    """The result recorded in a run directory's stats.json."""
    stats_path = run_dir / STATS_FILE
    if not stats_path.exists():
        return CrawlResult(run_dir, {}, "the crawl ended without writing stats.json (killed or crashed)")
    stats = json.loads(stats_path.read_text())
    error = stats.get("fatal")
    if error is None and stats.get("finish_reason") not in ("finished", "closespider_pagecount"):
        error = f"the crawl stopped early: {stats.get('finish_reason')}"
    return CrawlResult(run_dir, stats, error)


def crawl_in_subprocess(
    site_url: str,
    run_dir: Path,
    *,
    profile: str = "polite",
    max_requests: int | None = None,
    max_posts: int | None = None,
    user_agent: str | None = None,
    api_root: str | None = None,
    state: Path | None = None,
    timeout: float | None = None,
) -> CrawlResult:
    """Crawl in a fresh Python process (a fresh Twisted reactor) and read its result."""
    cmd = [sys.executable, "-m", "crawler.run", site_url, str(run_dir), "--profile", profile]
    for flag, value in (("--max-requests", max_requests), ("--max-posts", max_posts),
                        ("--user-agent", user_agent), ("--api-root", api_root), ("--state", state)):
        if value is not None:
            cmd += [flag, str(value)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")]))
    completed = subprocess.run(cmd, env=env, timeout=timeout, capture_output=True, text=True)
    result = read_result(run_dir)
    if result.error is None and completed.returncode not in (0, 2):
        result.error = f"crawl process exited {completed.returncode}: {completed.stderr[-2000:]}"
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site_url")
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--profile", default="polite", choices=["polite", "fast"])
    parser.add_argument("--max-requests", type=int)
    parser.add_argument("--max-posts", type=int)
    parser.add_argument("--user-agent")
    parser.add_argument("--api-root")
    parser.add_argument("--state", type=Path, help="the archive's crawl state: fetch only new and changed posts")
    args = parser.parse_args(argv)
    result = run_crawl(args.site_url, args.run_dir, profile=args.profile, max_requests=args.max_requests,
                       max_posts=args.max_posts, user_agent=args.user_agent, api_root=args.api_root,
                       state=args.state)
    if result.error:
        print(f"wparchive: crawl failed: {result.error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
