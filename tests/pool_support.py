"""A stand-in crawl pool for the flow's tests: a one-site stand-in crawler run per job in threads, at most
``max_parallel`` at once, results yielded as they finish (what crawler/pool.py's ``pool_in_subprocess`` does)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from crawler.options import CrawlJob
from crawler.pool import CrawlResult, wipe_outputs

CrawlOne = Callable[..., CrawlResult]  # (site_url, run_dir, **options) → result, like crawl_in_subprocess


def pool_of(crawl_one: CrawlOne) -> Callable[[list[CrawlJob], Path, int], Iterator[list[CrawlResult]]]:
    def pool(jobs: list[CrawlJob] | Callable[[], list[CrawlJob]], _work_dir: Path,
             max_parallel: int = 1, processes: int = 1) -> Iterator[list[CrawlResult]]:
        if callable(jobs):
            jobs = jobs()

        def run(job: CrawlJob) -> CrawlResult:
            wipe_outputs(Path(job.run_dir))  # as the real pool does before each crawl
            options: dict[str, Any] = {"profile": job.options.profile, "max_posts": job.options.max_posts,
                                       "state": job.options.state}
            return crawl_one(job.site_url, Path(job.run_dir), **options)

        with ThreadPoolExecutor(max_parallel) as executor:
            for future in as_completed([executor.submit(run, job) for job in jobs]):
                yield [future.result()]

    return pool
