"""The crawl pool: many sites crawled in one process, one Scrapy ``Crawler`` per site, at most K at once.

Each site keeps its own downloader (its own per-host slot, delay and request cap); ``crawler/politeness.py`` makes
blogs that share a host share its ~1 request/s. A site past its deadline is stopped and its partial outputs wiped.
Every finished site adds one line to the results file (JSONL), so a caller can load each site as it finishes.
A one-job pool is the single-site crawl. Twisted's reactor can't restart, so anything that crawls more than once
runs the pool in a subprocess (``pool_in_subprocess``): ``python -m crawler.pool JOBS RESULTS --max-parallel K``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from crawler.outputs import ITEM_FILES, REQUEST_LOG, STATS_FILE
from crawler.options import CrawlJob

# What a crawl writes and appends to: wiped before a crawl starts and after one is stopped part-way. (The raw
# archive's WARC files stay: the writer cuts a torn last record off when the site is crawled again.)
CRAWLER_OUTPUTS = (*ITEM_FILES.values(), REQUEST_LOG, STATS_FILE)
RESULTS_LOG_SUFFIX = ".log"
_POLL_SECONDS = 0.1
_JOBS_WAIT_SECONDS = 3600  # how long a started pool waits for its caller to write the jobs


@dataclass
class CrawlResult:
    """What a finished crawl left behind."""

    run_dir: Path
    stats: dict
    error: str | None  # why the run could not archive anything; None when it did

    @property
    def ok(self) -> bool:
        return self.error is None


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


def wipe_outputs(run_dir: Path) -> None:
    """Remove what a crawl wrote to ``run_dir`` (the crawler appends to its files: a new attempt starts clean)."""
    for name in CRAWLER_OUTPUTS:
        (run_dir / name).unlink(missing_ok=True)


def _result_line(job: CrawlJob, error: str | None, seconds: float) -> str:
    return json.dumps({"site_url": job.site_url, "run_dir": job.run_dir, "error": error,
                       "seconds": round(seconds, 3)}, ensure_ascii=False)


def _result_of(line: dict) -> CrawlResult:
    result = read_result(Path(line["run_dir"]))
    result.error = line["error"]
    return result


# ---------------------------------------------------------------------------------------------------- in process

def run_pool(jobs: list[CrawlJob], results_path: Path, max_parallel: int = 1) -> list[CrawlResult]:
    """Crawl every job in this process, at most ``max_parallel`` at once, appending one line per finished site to
    ``results_path``. Once per process: Twisted's reactor can't restart."""
    from scrapy.crawler import AsyncCrawlerProcess, Crawler
    from scrapy.settings import Settings

    from crawler.spiders.wordpress import WordPressSpider

    if not jobs:
        return []
    process = AsyncCrawlerProcess({**jobs[0].scrapy_settings(), "LOG_INSTALL_ROOT_HANDLER": True})
    loop = asyncio.get_event_loop()
    waiting = deque(jobs)
    results: list[CrawlResult] = []
    results_path.parent.mkdir(parents=True, exist_ok=True)
    out = open(results_path, "a", encoding="utf-8")

    def start_next() -> None:
        job = waiting.popleft()
        run_dir = Path(job.run_dir)
        run_dir.mkdir(parents=True, exist_ok=True)
        wipe_outputs(run_dir)
        # At "spider" priority: the runner merges its own settings into each crawler below that priority only
        # (else the first job's run directory and profile would leak into every crawler).
        crawler = Crawler(WordPressSpider, Settings(job.scrapy_settings(), priority="spider"))
        started = time.monotonic()
        timed_out: list[bool] = []
        timer = None
        if job.options.timeout_seconds:
            def stop() -> None:
                timed_out.append(True)
                asyncio.ensure_future(crawler.stop_async())
            timer = loop.call_later(job.options.timeout_seconds, stop)
        task = process.crawl(crawler, **job.spider_kwargs())

        def finished(task: asyncio.Task[None]) -> None:
            if timer is not None:
                timer.cancel()
            exc = None if task.cancelled() else task.exception()
            if timed_out:
                wipe_outputs(run_dir)
                result = CrawlResult(run_dir, {}, f"the crawl timed out after {job.options.timeout_seconds:.0f} s "
                                                  "and was stopped (its partial outputs were removed)")
            else:
                result = read_result(run_dir)
                if exc is not None and not (run_dir / STATS_FILE).exists():
                    result.error = f"the crawl could not start: {type(exc).__name__}: {exc}"
            results.append(result)
            out.write(_result_line(job, result.error, time.monotonic() - started) + "\n")
            out.flush()
            if waiting:
                start_next()

        task.add_done_callback(finished)

    for _ in range(min(max_parallel, len(jobs))):
        start_next()
    try:
        process.start()
    finally:
        out.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jobs", type=Path, help="one CrawlJob per line (JSON); waited for when not there yet")
    parser.add_argument("results", type=Path, help="one line per finished site is appended here")
    parser.add_argument("--max-parallel", type=int, default=1)
    args = parser.parse_args(argv)
    # Import Scrapy and the spider before the jobs exist: the caller prepares them meanwhile (fixed cost).
    import scrapy.crawler  # noqa: F401

    import crawler.spiders.wordpress  # noqa: F401

    waited_until = time.monotonic() + _JOBS_WAIT_SECONDS
    while not args.jobs.exists():
        if time.monotonic() > waited_until:  # the caller is gone
            print(f"no jobs at {args.jobs} after {_JOBS_WAIT_SECONDS} s", file=sys.stderr)
            return 2
        time.sleep(_POLL_SECONDS / 5)
    jobs = [CrawlJob.from_json(line) for line in args.jobs.read_text(encoding="utf-8").splitlines() if line]
    run_pool(jobs, args.results, args.max_parallel)
    return 0


# ---------------------------------------------------------------------------------------------------- subprocess

def pool_in_subprocess(jobs: list[CrawlJob] | Callable[[], list[CrawlJob]], work_dir: Path,
                       max_parallel: int = 1) -> Iterator[list[CrawlResult]]:
    """Run the pool in a fresh process; yields the results of the sites that finished since the last look, as
    they finish (several at once when they finish together). A site the process never reported (it was killed
    or crashed) comes last, with that error and its partial outputs wiped. ``jobs`` may be a function: it is
    called once the process is starting, so preparing the jobs overlaps the process's imports."""
    work_dir.mkdir(parents=True, exist_ok=True)
    jobs_path, results_path = work_dir / "crawl-jobs.jsonl", work_dir / "crawl-results.jsonl"
    for path in (jobs_path, results_path):
        path.unlink(missing_ok=True)
    results_path.touch()
    cmd = [sys.executable, "-m", "crawler.pool", str(jobs_path), str(results_path), "--max-parallel",
           str(max_parallel)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")]))
    reported: set[str] = set()
    log_path = results_path.with_name(results_path.name + RESULTS_LOG_SUFFIX)
    with open(log_path, "wb") as log, open(results_path, encoding="utf-8") as results:
        process = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            if callable(jobs):
                jobs = jobs()
            partial = jobs_path.with_name(jobs_path.name + ".partial")
            partial.write_text("".join(job.to_json() + "\n" for job in jobs), encoding="utf-8")
            os.replace(partial, jobs_path)  # the process reads whole job lists only
            deadlines = [job.options.timeout_seconds for job in jobs]
            # A process that reports nothing for longer than any site's deadline (plus start-up) is hung.
            idle_limit = max(deadlines) + 120 if deadlines and all(deadlines) else None
            last_progress = time.monotonic()
            pending = ""
            while True:
                exited = process.poll() is not None
                pending += results.read()
                *lines, pending = pending.split("\n")
                batch = [_result_of(json.loads(line)) for line in lines if line.strip()]
                reported.update(str(r.run_dir) for r in batch)
                if batch:
                    last_progress = time.monotonic()
                    yield batch
                if exited:
                    break
                if idle_limit is not None and time.monotonic() - last_progress > idle_limit:
                    process.kill()
                time.sleep(_POLL_SECONDS)
        finally:
            if process.poll() is None:  # the caller stopped early (or failed): don't leave crawls behind
                process.kill()
            process.wait()
    lost = [job for job in jobs if str(Path(job.run_dir)) not in reported]
    if lost:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        for job in lost:
            wipe_outputs(Path(job.run_dir))
        yield [CrawlResult(Path(job.run_dir), {}, f"crawl process exited {process.returncode} before the site "
                                                  f"finished: {tail}") for job in lost]


if __name__ == "__main__":
    sys.exit(main())
