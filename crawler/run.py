"""Crawl one site into a run directory: a one-job crawl pool, in this process or in a fresh subprocess.

Twisted's reactor cannot restart inside a process, so anything that crawls more than once (the nightly flow,
tests) calls ``crawl_in_subprocess``; the ``wparchive crawl`` command runs ``run_crawl`` directly. Both take the
crawl's options as keyword arguments named as in ``CrawlOptions`` (crawler/options.py), and so do this module's
command-line flags (``python -m crawler.run URL RUN_DIR --profile fast --max-posts 5``).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path
from typing import Any

from crawler.options import CrawlJob, CrawlOptions
from crawler.pool import CrawlResult, pool_in_subprocess, read_result, run_pool

__all__ = ["CrawlFailed", "CrawlResult", "crawl_in_subprocess", "read_result", "run_crawl"]

RESULTS_FILE = "crawl-result.jsonl"


class CrawlFailed(RuntimeError):
    """A crawl that archived nothing, with the reason (not WordPress, unreachable, robots.txt, …)."""


def _job(site_url: str, run_dir: Path, options: dict[str, Any]) -> CrawlJob:
    state = options.pop("state", None)
    return CrawlJob(site_url, str(run_dir), CrawlOptions(state=str(state) if state else None, **options))


def run_crawl(site_url: str, run_dir: Path, *, settings_overrides: dict[str, Any] | None = None,
              **options: Any) -> CrawlResult:
    """Crawl ``site_url`` into ``run_dir`` in this process (once per process: Twisted can't restart).
    ``options`` are ``CrawlOptions`` fields; ``settings_overrides`` are extra Scrapy settings (the replay's)."""
    job = _job(site_url, run_dir, dict(options, settings=settings_overrides or {}))
    run_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wparchive-crawl-") as tmp:
        (result,) = run_pool([job], Path(tmp) / RESULTS_FILE)
    return result


def crawl_in_subprocess(site_url: str, run_dir: Path, *, timeout: float | None = None,
                        **options: Any) -> CrawlResult:
    """Crawl in a fresh Python process (a fresh Twisted reactor) and read its result. ``timeout`` is the site's
    deadline (``CrawlOptions.timeout_seconds``); ``options`` are the other ``CrawlOptions`` fields."""
    if timeout is not None:
        options["timeout_seconds"] = timeout
    job = _job(site_url, run_dir, options)
    with tempfile.TemporaryDirectory(prefix="wparchive-crawl-") as tmp:
        (result,) = [r for batch in pool_in_subprocess([job], Path(tmp)) for r in batch]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site_url")
    parser.add_argument("run_dir", type=Path)
    for f in dataclasses.fields(CrawlOptions):  # one flag per option, spelled as the option
        if f.name == "settings":
            continue
        kind = {"int | None": int, "float | None": float}.get(str(f.type), str)
        parser.add_argument("--" + f.name.replace("_", "-"), type=kind, default=f.default,
                            choices=["polite", "fast"] if f.name == "profile" else None)
    args = vars(parser.parse_args(argv))
    result = run_crawl(args.pop("site_url"), args.pop("run_dir"), **args)
    if result.error:
        print(f"wparchive: crawl failed: {result.error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
