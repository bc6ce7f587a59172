"""Replay: rebuild a run's items from its WARC files alone — the same spider, every response served from the archive.

``wparchive reextract`` runs ``reextract_run``: a fresh process crawls the original site URL with
``ReplayMiddleware`` answering every request from the source run's archive (no network), so the spider's own
routing and the current page objects turn the archived bytes into items again. Revisits are resolved to the
record holding their payload (in this run or an earlier one). A URL the archive doesn't hold gets a 404-like
response and a ``replay_not_archived`` drop; such a run never marks anything deleted (flows/rundir.py).

The output is an ordinary run directory (new run id ``<original>-reextract-<time>``), loadable like any other:
items carry the original capture times, and stats.json the original crawl's start and end, so loading it is the
same observation again, seen through today's extractor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from crawler.archive import (
    ARCHIVE_POINTER_FILE,
    CAPTURES_FILE,
    ArchiveError,
    Capture,
    archive_root,
    read_response,
    read_run,
    resolve_path,
)
from crawler.extensions import ITEM_FILES, REQUEST_LOG, STATS_FILE
from crawler.outputs import read_jsonl
from crawler.incremental import CRAWL_STATE_FILE  # replayed with the same state, the spider asks for the same pages
from crawler.run import CrawlResult, read_result
from crawler.urls import normalise_url

NOT_ARCHIVED = "replay_not_archived"
REPLAY_HEADER = b"X-Wparchive-Replay"
RUN_REQUEST_FILE = "run.json"


class ReplayIndex:
    """URL → the run's captures of it, in the order they were received."""

    def __init__(self, run_dir: Path):
        self.run_dir = Path(run_dir)
        self.root = archive_root(self.run_dir)  # where its WARC files are: here, or in object storage
        records = read_run(self.run_dir)
        if not records.captures:
            raise ArchiveError(f"{self.run_dir} holds no archived responses (no warc/*.warc.gz)")
        self.user_agent = records.user_agent
        self.captures = records.captures
        self.by_url: dict[str, list[Capture]] = defaultdict(list)
        for capture in records.captures:
            self.by_url[capture.url].append(capture)


class ReplayMiddleware:
    """Downloader middleware (order 960): answers each request from the archive instead of the network.

    The k-th request for a URL gets the k-th capture of it (the last one again after that), so a retried 503
    replays as a 503 and then the 200 — the spider walks the same path it walked live.
    """

    def __init__(self, crawler: Crawler, index: ReplayIndex):
        self.crawler = crawler
        self.index = index
        self.served: dict[str, int] = defaultdict(int)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        source = crawler.settings.get("WPARCHIVE_REPLAY_FROM")
        if not source:
            raise NotConfigured  # no WPARCHIVE_REPLAY_FROM: a real crawl (silently: no warning in every log)
        return cls(crawler, ReplayIndex(Path(source)))

    def process_request(self, request: Request) -> Response:
        captures = self.index.by_url.get(request.url)
        stats = self.crawler.stats
        if not captures:
            stats.inc_value("wparchive/replay/not_archived")
            writer = getattr(self.crawler, "wparchive_run_writer", None)
            if writer is not None:
                writer.record_drop(url=request.url, reason=NOT_ARCHIVED, detail="the archive holds no response")
            return Response(request.url, status=404, headers={REPLAY_HEADER: b"not-archived"}, body=b"",
                            request=request, flags=["replayed", "not_archived"])
        n = self.served[request.url]
        self.served[request.url] = n + 1
        capture = captures[min(n, len(captures) - 1)]
        stored = read_response(resolve_path(self.index.root, capture.warc_file), capture.warc_offset,
                               capture.warc_length, base_dir=self.index.root)
        headers = Headers()
        for name, value in stored.headers:
            headers.appendlist(name.encode("latin-1"), value.encode("latin-1"))
        headers[REPLAY_HEADER] = capture.fetched_at.encode()
        cls = responsetypes.from_args(headers=headers, url=request.url, body=stored.body)
        stats.inc_value("wparchive/replay/served")
        if capture.is_revisit:
            stats.inc_value("wparchive/replay/revisits_resolved")
        return cls(url=request.url, status=stored.status, headers=headers, body=stored.body, request=request,
                   flags=["replayed"], protocol=stored.protocol)


# ---------------------------------------------------------------------------------------------------- reextract

def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def default_out_dir(source: Path, now: dt.datetime) -> tuple[Path, str | None]:
    """Where a re-extraction goes by default — ``<runs>/<run id>-reextract-<time>/<site>`` next to the source —
    and its run id (None when the source has no run.json: the loader derives one)."""
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    request = _read_json(source / RUN_REQUEST_FILE)
    run_id = request.get("run_id")
    parent = f"{run_id or source.parent.name}-reextract-{stamp}"
    return source.parent.parent / parent / source.name, (f"{run_id}-reextract-{stamp}" if run_id else None)


def reextract_run(source: Path, out: Path, *, run_id: str | None = None, timeout: float | None = None) -> CrawlResult:
    """Re-extract one site's run from its archive into ``out`` (a fresh process: Twisted can't restart)."""
    source, out = Path(source).resolve(), Path(out).resolve()
    if out == source:
        raise ValueError("the re-extraction must go to a new directory, not over its source")
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    index = read_run(source)  # fail early, in this process, on a run without an archive
    if not index.captures:
        raise ArchiveError(f"{source} holds no archived responses (no warc/*.warc.gz): nothing to re-extract")
    out.mkdir(parents=True, exist_ok=True)
    request = _read_json(source / RUN_REQUEST_FILE)
    if request:
        request.update(run_id=run_id or request.get("run_id"),
                       requested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
        (out / RUN_REQUEST_FILE).write_text(json.dumps(request, indent=2, ensure_ascii=False) + "\n")
    cmd = [sys.executable, "-m", "crawler.replay", str(source), str(out)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")]))
    completed = subprocess.run(cmd, env=env, timeout=timeout, capture_output=True, text=True)
    if completed.returncode not in (0, 2) or not (out / STATS_FILE).exists():
        raise RuntimeError(f"the replay process exited {completed.returncode}: {completed.stderr[-2000:]}")
    restore_capture_times(source, out, index.captures)
    return read_result(out)


def _replay(source: Path, out: Path) -> CrawlResult:
    """In the replay process: the spider over the archive, with the original run's inputs."""
    from crawler.run import run_crawl

    stats = _read_json(source / STATS_FILE)
    request = _read_json(source / RUN_REQUEST_FILE)
    index = ReplayIndex(source)
    site = stats.get("site") or request.get("site_url") or index.captures[0].url
    max_posts = stats.get("max_posts") if stats else request.get("max_posts")
    max_requests = stats.get("max_requests") or request.get("max_requests")
    state = source / CRAWL_STATE_FILE
    return run_crawl(
        site, out, profile="fast", max_posts=max_posts, max_requests=max_requests,
        state=state if state.exists() else None,
        user_agent=index.user_agent,  # robots.txt rules are per user agent: answer as the original crawl did
        settings_overrides={"WPARCHIVE_REPLAY_FROM": str(source), "WPARCHIVE_WARC_ENABLED": False,
                            # media only where the original crawl fetched it: else every image would replay as a
                            # 404 the site never sent, and the media audit would call it broken
                            "WPARCHIVE_MEDIA_ENABLED": bool(stats.get("scrapy", {}).get("wparchive/media/requests"))},
    )


def restore_capture_times(source: Path, out: Path, captures: list[Capture]) -> None:
    """Give the re-extracted records the times their pages were fetched, not the replay's clock: each record
    takes the capture time of the page it names (post_url, or a drop's url); stats.json keeps the original
    crawl's start and end (the loader's deletion window) and the replay's own times beside them."""
    first_seen: dict[str, str] = {}
    for capture in captures:  # to the second, as the crawler writes every *_at
        when = dt.datetime.fromisoformat(capture.fetched_at).isoformat(timespec="seconds")
        first_seen.setdefault(normalise_url(capture.url), when)
    original = _read_json(source / STATS_FILE)
    fallback = original.get("finished_at")

    def time_of(url: str | None) -> str | None:
        return first_seen.get(normalise_url(url)) if url else None

    for name in (*ITEM_FILES.values(), REQUEST_LOG):
        path = out / name
        if not path.exists():
            continue
        lines = []
        for record in read_jsonl(path):
            key = record.get("post_url") or record.get("url")
            record["fetched_at"] = time_of(key) or time_of(record.get("url")) or fallback or record.get("fetched_at")
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        temp = path.with_suffix(".tmp")
        temp.write_text("".join(lines), encoding="utf-8")
        os.replace(temp, path)
    stats_path = out / STATS_FILE
    stats = _read_json(stats_path)
    if stats:
        stats["replay"] = {
            "source": str(source), "started_at": stats.get("started_at"), "finished_at": stats.get("finished_at"),
            "served": stats.get("scrapy", {}).get("wparchive/replay/served", 0),
            "not_archived": stats.get("scrapy", {}).get("wparchive/replay/not_archived", 0),
        }
        for key in ("started_at", "finished_at"):
            if original.get(key):
                stats[key] = original[key]
        stats_path.write_text(json.dumps(stats, indent=2, ensure_ascii=False, default=str) + "\n")
    # The re-extraction archived nothing new: its captures are the source's (no captures.jsonl of its own).
    (out / CAPTURES_FILE).unlink(missing_ok=True)


def find_site_runs(path: Path) -> list[Path]:
    """The site run directories at ``path``: itself when it holds an archive (its ``warc/``, or an ``archive.json``
    naming where in object storage its WARC files are), else its subdirectories that do (``data/runs/<run_id>/``
    holds one per site)."""
    def holds_archive(p: Path) -> bool:
        return (p / "warc").is_dir() or (p / ARCHIVE_POINTER_FILE).is_file()

    path = Path(path)
    if holds_archive(path):
        return [path]
    return sorted(p for p in path.iterdir() if p.is_dir() and holds_archive(p)) if path.is_dir() else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Replay one run's archive through the spider (internal).")
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    result = _replay(args.source, args.out)
    if result.error:
        print(f"wparchive: replay failed: {result.error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
