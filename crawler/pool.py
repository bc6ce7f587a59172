"""The crawl pool: many sites crawled in one process, one Scrapy ``Crawler`` per site, at most K at once.

Each site keeps its own downloader (its own per-host slot, delay and request cap); ``crawler/politeness.py`` makes
blogs that share a host share its ~1 request/s. A site past its deadline is stopped and its partial outputs wiped.
Every finished site adds one line to the results file (JSONL), so a caller can load each site as it finishes.
A one-job pool is the single-site crawl. Twisted's reactor can't restart, so anything that crawls more than once
runs the pool in a subprocess (``pool_in_subprocess``): ``python -m crawler.pool JOBS RESULTS --max-parallel K``.
A night of many sites runs one such process per core (``pool_processes``), its sites sharded by host; a host two
processes reach (WordPress.com's API) shares its turn through files (``crawler.politeness.HostLeases``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

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

def _at_least_warning(level: str | int) -> str | int:
    number = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    return level if isinstance(number, int) and number >= logging.WARNING else "WARNING"


def run_pool(jobs: list[CrawlJob], results_path: Path, max_parallel: int = 1) -> list[CrawlResult]:
    """Crawl every job in this process, at most ``max_parallel`` at once, appending one line per finished site to
    ``results_path``. Once per process: Twisted's reactor can't restart."""
    from scrapy.crawler import AsyncCrawlerProcess, Crawler
    from scrapy.settings import Settings

    from crawler.spiders.wordpress import WordPressSpider

    if not jobs:
        return []
    shared = len(jobs) > 1

    def settings_of(job: CrawlJob) -> dict:
        settings = job.scrapy_settings()
        if shared:  # each site's lines go to its own crawl.log; the process's output keeps the problems
            settings["WPARCHIVE_LOG_FILE_UNCLAIMED"] = False
            settings["LOG_LEVEL"] = _at_least_warning(settings.get("LOG_LEVEL", "INFO"))
        return settings

    process = AsyncCrawlerProcess({**settings_of(jobs[0]), "LOG_INSTALL_ROOT_HANDLER": True})
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
        crawler = Crawler(WordPressSpider, Settings(settings_of(job), priority="spider"))
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
    parser.add_argument("--host-leases", type=Path, help="a directory shared with the pool's other processes: "
                                                           "each host's turn is taken there too")
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
    jobs = [CrawlJob.from_json(line) for line in args.jobs.read_text(encoding="utf-8").split("\n") if line.strip()]
    if args.host_leases:
        from crawler.politeness import LIMITER, HostLeases

        LIMITER.leases = HostLeases(args.host_leases)
    run_pool(jobs, args.results, args.max_parallel)
    return 0


# ---------------------------------------------------------------------------------------------------- subprocess

# A crawl process of its own pays for itself past this many sites: its start-up costs ~2 s of CPU, a no-change
# site ~0.07 s (bench/bench_pool.py, bench/bench_night.py).
SITES_PER_PROCESS = 50
PROCESSES_ENV = "WPARCHIVE_CRAWL_PROCESSES"  # overrides the number of crawl processes (benchmarks, tests)


def pool_processes(sites: int) -> int:
    """How many crawl processes a pool of ``sites`` runs: one per core while each gets ``SITES_PER_PROCESS``
    sites. A crawl is CPU-bound in its process once many sites run at once (a polite site waits, but ~K of them
    take their turns together), and the flow's loads run beside them."""
    configured = os.environ.get(PROCESSES_ENV)
    if configured:
        return max(1, min(int(configured), sites))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, sites // SITES_PER_PROCESS))


def shard_by_host(jobs: list[CrawlJob], shards: int) -> list[list[CrawlJob]]:
    """At most ``shards`` groups of jobs, every site of one host in the same group (its crawl pool keeps the host's
    ~1 request/s across them); hosts dealt round-robin in sorted order."""
    hosts = sorted({urlsplit(job.site_url).hostname or "" for job in jobs})
    groups: list[list[CrawlJob]] = [[] for _ in range(min(shards, len(hosts)))]
    shard_of = {host: i % len(groups) for i, host in enumerate(hosts)}
    for job in jobs:
        groups[shard_of[urlsplit(job.site_url).hostname or ""]].append(job)
    return groups


@dataclass
class _PoolProcess:
    """One crawl process of the pool and its files: jobs in, one line per finished site out, its console log."""

    jobs_path: Path
    log_path: Path
    process: subprocess.Popen[bytes]
    log: IO[bytes]
    results: IO[str]
    jobs: list[CrawlJob] = field(default_factory=list)
    pending: str = ""

    def new_results(self) -> list[CrawlResult]:
        self.pending += self.results.read()
        *lines, self.pending = self.pending.split("\n")
        return [_result_of(json.loads(line)) for line in lines if line.strip()]


def _start_process(work_dir: Path, index: int, max_parallel: int, leases: Path | None) -> _PoolProcess:
    suffix = f".{index}" if index else ""  # the first process's files keep the one-process names
    jobs_path, results_path = work_dir / f"crawl-jobs{suffix}.jsonl", work_dir / f"crawl-results{suffix}.jsonl"
    for path in (jobs_path, results_path):
        path.unlink(missing_ok=True)
    results_path.touch()
    cmd = [sys.executable, "-m", "crawler.pool", str(jobs_path), str(results_path), "--max-parallel",
           str(max_parallel)] + (["--host-leases", str(leases)] if leases else [])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")]))
    log_path = results_path.with_name(results_path.name + RESULTS_LOG_SUFFIX)
    log = open(log_path, "wb")
    process = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    return _PoolProcess(jobs_path, log_path, process, log, open(results_path, encoding="utf-8"))


def pool_in_subprocess(jobs: list[CrawlJob] | Callable[[], list[CrawlJob]], work_dir: Path,
                       max_parallel: int = 1, processes: int = 1) -> Iterator[list[CrawlResult]]:
    """Run the pool in fresh processes (``processes`` of them, sites sharded by host, ``max_parallel`` sites at
    once in all); yields the results of the sites that finished since the last look, as they finish (several at
    once when they finish together). A site no process reported (it was killed or crashed) comes last, with that
    error and its partial outputs wiped. ``jobs`` may be a function: it is called once the processes are starting,
    so preparing the jobs overlaps their imports."""
    work_dir.mkdir(parents=True, exist_ok=True)
    processes = max(1, min(processes, max_parallel))  # never more sites at once than asked for
    leases = None
    if processes > 1:  # a host reached from two processes shares its turn through these files
        leases = work_dir / "host-leases"
        shutil.rmtree(leases, ignore_errors=True)
    # max_parallel in all: the first max_parallel % processes processes take one more
    pool = [_start_process(work_dir, i, max_parallel // processes + (i < max_parallel % processes), leases)
            for i in range(processes)]
    reported: set[str] = set()
    try:
        if callable(jobs):
            jobs = jobs()
        shards = shard_by_host(jobs, processes)
        for i, member in enumerate(pool):
            member.jobs = shards[i] if i < len(shards) else []
            partial = member.jobs_path.with_name(member.jobs_path.name + ".partial")
            partial.write_text("".join(job.to_json() + "\n" for job in member.jobs), encoding="utf-8")
            os.replace(partial, member.jobs_path)  # a process reads whole job lists only
        deadlines = [job.options.timeout_seconds for job in jobs]
        # A pool that reports nothing for longer than any site's deadline (plus start-up) is hung.
        idle_limit = max(deadlines) + 120 if deadlines and all(deadlines) else None
        last_progress = time.monotonic()
        while True:
            exited = all(member.process.poll() is not None for member in pool)
            batch = [result for member in pool for result in member.new_results()]
            reported.update(str(r.run_dir) for r in batch)
            if batch:
                last_progress = time.monotonic()
                yield batch
            if exited:
                break
            if idle_limit is not None and time.monotonic() - last_progress > idle_limit:
                for member in pool:
                    member.process.kill()
            time.sleep(_POLL_SECONDS)
    finally:
        for member in pool:
            if member.process.poll() is None:  # the caller stopped early (or failed): don't leave crawls behind
                member.process.kill()
            member.process.wait()
            member.log.close()
            member.results.close()
    for member in pool:
        lost = [job for job in member.jobs if str(Path(job.run_dir)) not in reported]
        if lost:
            tail = member.log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
            for job in lost:
                wipe_outputs(Path(job.run_dir))
            yield [CrawlResult(Path(job.run_dir), {}, f"crawl process exited {member.process.returncode} before the "
                                                      f"site finished: {tail}") for job in lost]


if __name__ == "__main__":
    sys.exit(main())
