"""The nightly flow ``wparchive-nightly``: crawl every site, cleaning and loading each as its crawl finishes, then
views (with the theme matches of what the loads changed), checks and a summary; when the checks pass, publish the
snapshot and write the report.

Every site's crawl state is prepared in one pass; then one crawl-pool process (crawler/pool.py) crawls them, one
Scrapy Crawler per site, at most ``max_parallel_sites`` at once. The flow's thread cleans and loads each site as it
finishes (DuckDB has one writer; sites that finish together are loaded through one connection) while the pool
crawls the rest. A site whose crawl failed for a reason that may pass is crawled again alone (``crawl-site``, with
its retries). A site that fails is recorded in its own ``crawl_runs`` row and never stops the others; the flow
still ends Failed so the failure is seen.

Everything writes the working database (``archive.work.duckdb``); analysts read the published one
(``archive.duckdb``), which is replaced atomically only when no error-level check fails (warehouse/publish.py).
A site that failed is recorded and published like the rest (its failure shows in the report's crawl health); a
failing check or a crash leaves the published file and the report as they were.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from flows import prefect_env  # noqa: F401  (sets Prefect's environment before Prefect is imported)

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.states import State
from prefect.task_runners import ThreadPoolTaskRunner

from crawler.options import CrawlJob, CrawlOptions
from crawler.outputs import CRAWL_STATE_FILE
from crawler.pool import pool_in_subprocess, pool_processes
from flows.archive import hand_over_known_payloads_of_sites
from flows.config import SiteConfig, load_settings
from flows.rundir import CLEAN_DIR, RunRequest, clean_run_dir, failed_manifest, new_run_id
from flows.runlock import holding_archive_lock
from flows.runlog import site_summary_line
from warehouse import db as warehouse_db
from warehouse import publish as warehouse_publish
from warehouse.load import load_run as warehouse_load_run
from warehouse.load import load_runs as warehouse_load_runs
from warehouse.load import record_failed_run
from warehouse.manifest import RunManifest
from report import build_report, default_report_path
from warehouse.state import crawl_states, write_state_file

FLOW_NAME = "wparchive-nightly"
# Crawl failures worth another try: the network or the server, not the site's nature or our configuration.
_TRANSIENT = re.compile(r"unreachable|timed? ?out|timeout|HTTP (408|429|5\d\d)|without writing stats\.json|"
                        r"process exited|stopped early|connection", re.IGNORECASE)
# The crawl pool in its own process (crawler/pool.py); yields the results of sites as they finish. The flow's tests
# replace it with a stand-in that writes what the crawler would.
crawl_pool = pool_in_subprocess

# The CLI sets this to draw progress; the flow calls it from its own thread with (site or "", step, detail).
ProgressHook = Callable[[str, str, str], None]
progress_hook: ProgressHook | None = None


class CrawlFailed(RuntimeError):
    """A crawl that could not archive the site: not WordPress, forbidden, nothing found. Not retried."""


class TransientCrawlError(CrawlFailed):
    """A crawl that failed for a reason that may pass (unreachable, 5xx, killed). Retried."""


class NightlyRunFailed(RuntimeError):
    """The run finished but some site failed or an error-level check found failing rows."""

    def __init__(self, message: str, summary: dict[str, Any]):
        super().__init__(message)
        self.summary = summary


def _report(site: str, step: str, detail: str = "") -> None:
    if progress_hook is not None:
        progress_hook(site, step, detail)


def _retry_if_transient(task_: Any, task_run: Any, state: State) -> bool:
    return isinstance(state.result(raise_on_failure=False), TransientCrawlError)


def run_dir_for(data_dir: Path, run_id: str, site: SiteConfig) -> Path:
    """Where one site's run lives: ``<data_dir>/runs/<run_id>/<site name>/``."""
    return data_dir / "runs" / run_id / re.sub(r"[^A-Za-z0-9._-]+", "-", site.name).strip("-.")


# ---------------------------------------------------------------------------------------------------- tasks

@task(name="prepare-working-copy", cache_policy=NO_CACHE)
def prepare_working_copy(published_path: str) -> str:
    """The working database the run writes (a copy of the published one when there is none yet)."""
    return str(warehouse_publish.prepare_working(published_path))


@task(name="prepare-warehouse", cache_policy=NO_CACHE)
def prepare_warehouse(db_path: str) -> str:
    """Create or update the database's tables, seeds and views."""
    warehouse_db.initialise(db_path)
    return db_path


@task(name="prepare-crawls", cache_policy=NO_CACHE)
def prepare_crawls(db_path: str, run_id: str, sites: list[SiteConfig], data_dir: str, full: bool,
                   timeout_seconds: float) -> list[CrawlJob]:
    """Every site's crawl job, in one pass before any crawl: its run directory with run.json, the payloads the raw
    archive already holds, and what the archive holds of the site (the crawl then fetches only new and changed
    posts; none on a first run, or with --full; kept in the run directory, so a replay makes the same choices)."""
    requested_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    run_dirs = {site.name: run_dir_for(Path(data_dir), run_id, site).resolve() for site in sites}
    for site in sites:
        RunRequest(run_id=run_id, site_url=site.url, site_name=site.name, language=site.language,
                   timezone=site.timezone, profile=site.profile, max_posts=site.max_posts,
                   max_requests=site.max_requests, requested_at=requested_at).write(run_dirs[site.name])
        shutil.rmtree(run_dirs[site.name] / CLEAN_DIR, ignore_errors=True)  # a re-run of the run id cleans afresh
    # The raw archive then stores payloads it already holds once (revisit records).
    hand_over_known_payloads_of_sites(db_path, [(site.url, run_dirs[site.name]) for site in sites])
    states = {} if full else crawl_states(db_path, [site.url for site in sites])
    jobs = []
    for site in sites:
        state = write_state_file(states.get(site.url), run_dirs[site.name] / CRAWL_STATE_FILE)
        options = CrawlOptions.for_site(site, state=str(state) if state else None, timeout_seconds=timeout_seconds)
        jobs.append(CrawlJob(site.url, str(run_dirs[site.name]), options))
    return jobs


def _crawl_error(error: str) -> CrawlFailed:
    return (TransientCrawlError if _TRANSIENT.search(error) else CrawlFailed)(error)


@task(name="crawl-site", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=300,
      retry_condition_fn=_retry_if_transient)
def crawl_site(job: CrawlJob) -> str:
    """Crawl one site alone (a one-job crawl pool in a fresh process): a site's retry after its crawl failed for a
    reason that may pass. The only task that touches the network (and retries)."""
    shutil.rmtree(Path(job.run_dir) / CLEAN_DIR, ignore_errors=True)
    (result,) = [r for batch in crawl_pool([job], Path(job.run_dir).parent / ".crawl-pool", 1) for r in batch]
    if result.error:
        raise _crawl_error(result.error)
    return job.run_dir


@task(name="clean-run", cache_policy=NO_CACHE)
def clean_run(run_dir: str, crawl_error: str | None = None) -> str:
    """Validate and normalise a run directory's records (bad ones to quarantine); returns the cleaned directory."""
    return _clean(run_dir, crawl_error)


@task(name="clean-runs", cache_policy=NO_CACHE)
def clean_runs(crawled: list[tuple[str, str | None]]) -> list[str | Exception]:
    """``clean-run`` for the sites that finished crawling together (run directory, crawl error), as one task: per
    site its cleaned directory, or the exception that stopped its cleaning (that site's failure alone)."""
    results: list[str | Exception] = []
    for run_dir, crawl_error in crawled:
        try:
            results.append(_clean(run_dir, crawl_error))
        except Exception as exc:  # noqa: BLE001  (returned to the flow, which records it as the site's failure)
            results.append(exc)
    return results


def _clean(run_dir: str, crawl_error: str | None) -> str:
    clean_dir, manifest = clean_run_dir(Path(run_dir))
    if crawl_error and manifest.error != crawl_error:
        manifest.status, manifest.failed_step, manifest.error = "failed", "crawl", crawl_error
        manifest.is_complete = False
        manifest.write(clean_dir)
    return str(clean_dir)


@task(name="load-run", cache_policy=NO_CACHE)
def load_run(db_path: str, clean_dir: str) -> dict[str, Any]:
    """Load one cleaned run in one transaction (a no-op when that run is already loaded)."""
    return asdict(warehouse_load_run(db_path, Path(clean_dir)))


@task(name="load-runs", cache_policy=NO_CACHE)
def load_runs(db_path: str, clean_dirs: list[str]) -> list[dict[str, Any] | Exception]:
    """Load cleaned runs that are ready together through one connection, many in one transaction (each statement
    once for the batch); a run that fails to load comes back as its exception (that site's failure alone: a failed
    batch is loaded again in halves until the failing run is alone, the others land)."""
    return [r if isinstance(r, Exception) else asdict(r)
            for r in warehouse_load_runs(db_path, [Path(d) for d in clean_dirs])]


@task(name="record-failure", cache_policy=NO_CACHE)
def record_failure(db_path: str, run_dir: str, step: str, error: str) -> str:
    """Record in crawl_runs that a site's run failed at ``step``, with the reason."""
    request = RunRequest.read(Path(run_dir))
    assert request is not None, f"{run_dir} has no run.json"
    record_failed_run(db_path, failed_manifest(Path(run_dir), request, step, error))
    return error


@task(name="build-views", cache_policy=NO_CACHE)
def build_views(db_path: str) -> int:
    """(Re)create the staging, intermediate and mart views and match the themes of the posts the loads queued
    (once for all sites, before the checks and the publishing); returns how many views."""
    with warehouse_db.connect(db_path) as con:
        return len(warehouse_db.build_views(con))


@task(name="run-checks", cache_policy=NO_CACHE)
def run_checks(db_path: str, run_id: str) -> list[dict[str, Any]]:
    """Run every data check and record the results under ``run_id``."""
    with warehouse_db.connect(db_path) as con:
        return [asdict(r) | {"passed": r.passed} for r in warehouse_db.run_checks(con, run_id)]


@task(name="summarise-run", cache_policy=NO_CACHE)
def summarise_run(db_path: str, run_id: str) -> list[dict[str, Any]]:
    """The run's crawl_runs rows, as dicts."""
    columns, rows = warehouse_db.read_named_query(db_path, "run_summary", {"run_id": run_id})
    return [dict(zip(columns, row)) for row in rows]


@task(name="publish-snapshot", cache_policy=NO_CACHE)
def publish_snapshot(work_path: str, published_path: str) -> dict[str, Any]:
    """Checkpoint the working database and atomically replace the published one with a copy of it."""
    return asdict(warehouse_publish.publish(work_path, published_path))


@task(name="write-report", cache_policy=NO_CACHE)
def write_report(published_path: str, report_path: str) -> dict[str, Any]:
    """Write the self-contained HTML report of the published database."""
    return asdict(build_report(published_path, report_path))


# ---------------------------------------------------------------------------------------------------- flow

def _error_of(state: State) -> str:
    exc = state.result(raise_on_failure=False)
    return str(exc) if isinstance(exc, BaseException) else (state.message or "failed")


def _load_sites(db: str, crawled: list[tuple[SiteConfig, Path, str | None]]) -> dict[str, str]:
    """Clean and load sites that finished crawling together (one task each for the batch; one connection, one
    transaction for the batch); returns each failed site's reason by name."""
    failures: dict[str, str] = {}
    for site, _run_dir, crawl_error in crawled:
        _report(site.name, "crawled", crawl_error or "")
    cleaned_all = clean_runs([(str(run_dir), crawl_error) for _site, run_dir, crawl_error in crawled])
    cleaned: list[tuple[SiteConfig, Path, str]] = []
    for (site, run_dir, _error), outcome in zip(crawled, cleaned_all):
        if isinstance(outcome, BaseException):
            failures[site.name] = f"cleaning failed: {outcome}"
            record_failure(db, str(run_dir), "clean", failures[site.name])
        else:
            cleaned.append((site, run_dir, outcome))
    if not cleaned:
        return failures
    loaded = load_runs(db, [clean_dir for _s, _r, clean_dir in cleaned], return_state=True)
    outcomes = loaded.result() if not loaded.is_failed() else [RuntimeError(_error_of(loaded))] * len(cleaned)
    for (site, run_dir, clean_dir), outcome in zip(cleaned, outcomes):
        if isinstance(outcome, BaseException):
            error = f"loading failed: {outcome}"
            record_failure(db, str(run_dir), "load", error)
            failures[site.name] = error
            continue
        _report(site.name, "loaded", "")
        manifest = RunManifest.read(Path(clean_dir))
        if manifest.status == "failed":
            failures[site.name] = manifest.error or "failed"
    return failures


@flow(name=FLOW_NAME, task_runner=ThreadPoolTaskRunner(max_workers=16))
@holding_archive_lock  # one run at a time per archive (flows/runlock.py)
def nightly(
    run_id: str | None = None,
    config_path: str | None = None,
    site_urls: list[str] | None = None,
    db_path: str | None = None,
    data_dir: str | None = None,
    profile: str | None = None,
    max_posts: int | None = None,
    max_parallel_sites: int | None = None,
    crawl_retries: int | None = None,
    crawl_retry_delay_seconds: float | None = None,
    report_path: str | None = None,
    full: bool = False,
) -> dict[str, Any]:
    """One nightly run: every configured site (or the given URLs), then views, checks and a summary; when no
    error-level check fails, the snapshot is published and the report (default: beside the database) written."""
    logger = get_run_logger()
    settings = load_settings(config_path=config_path, site_urls=site_urls, db_path=db_path, data_dir=data_dir,
                             profile=profile, max_posts=max_posts, max_parallel_sites=max_parallel_sites,
                             crawl_retries=crawl_retries, crawl_retry_delay_seconds=crawl_retry_delay_seconds)
    run_id = run_id or new_run_id(dt.datetime.now(dt.timezone.utc))
    published = str(settings.db_path)
    db = prepare_working_copy(published)  # every task below writes the working copy
    logger.info("run %s: %d site(s) into %s (published as %s)", run_id, len(settings.sites), db, published)
    prepare_warehouse(db)
    _report("", "prepared", db)

    # Crawl every site in one pool process and load each as it finishes (DuckDB is the one writer: this thread).
    # The pool process starts first: its imports overlap the preparation of every site's crawl.
    site_of: dict[str, tuple[SiteConfig, CrawlJob]] = {}

    def prepare() -> list[CrawlJob]:
        jobs = prepare_crawls(db, run_id, list(settings.sites), str(settings.data_dir), full,
                              settings.crawl_timeout_seconds)
        site_of.update({str(Path(job.run_dir)): (site, job) for site, job in zip(settings.sites, jobs)})
        for site in settings.sites:
            _report(site.name, "crawling", site.url)
        return jobs

    failures: dict[str, str] = {}
    retry: list[tuple[SiteConfig, CrawlJob]] = []
    pool_dir = settings.data_dir / "runs" / run_id / ".crawl-pool"
    crawl_sites = functools.partial(crawl_pool, processes=pool_processes(len(settings.sites)))
    if settings.scale_out is not None:  # [scale_out]: the crawls run on the work pool's workers (flows/shards.py)
        from flows.shards import crawl_on_work_pool

        crawl_sites = crawl_on_work_pool(settings.scale_out, run_id)
    for batch in crawl_sites(prepare, pool_dir, settings.max_parallel_sites):
        crawled = []
        for result in batch:
            site, job = site_of[str(result.run_dir)]
            if result.error and settings.crawl_retries > 0 and _TRANSIENT.search(result.error):
                logger.warning("site %s: crawl failed (%s); retried alone", site.name, result.error)
                retry.append((site, job))
            else:
                crawled.append((site, Path(job.run_dir), result.error))
        failures.update(_load_sites(db, crawled))

    # A site whose crawl failed for a reason that may pass is crawled again alone, with its own retries.
    if retry:
        time.sleep(settings.crawl_retry_delay_seconds)
        crawl = crawl_site.with_options(retries=settings.crawl_retries - 1,
                                        retry_delay_seconds=settings.crawl_retry_delay_seconds)
        running = {crawl.submit(job): (site, job) for site, job in retry}
        for future in as_completed(list(running)):
            site, job = running[future]
            future.wait()
            error = _error_of(future.state) if future.state.is_failed() else None
            failures.update(_load_sites(db, [(site, Path(job.run_dir), error)]))
    for name, error in failures.items():
        logger.error("site %s failed: %s", name, error)

    build_views(db)
    _report("", "views", "")
    checks = run_checks(db, run_id)
    _report("", "checks", "")
    sites = summarise_run(db, run_id)
    for site_row in sites:  # one line per site: what a worker's or cron's log shows without a terminal
        logger.info(site_summary_line(site_row))
    failed_checks = [c for c in checks if not c["passed"] and c["severity"] == "error"]
    summary = {"run_id": run_id, "db_path": published, "working_db_path": db, "sites": sites, "checks": checks,
               "failures": failures, "published": None, "report": None}
    if not failed_checks:
        summary["published"] = publish_snapshot(db, published)
        _report("", "published", published)
        summary["report"] = write_report(published, report_path or str(default_report_path(published)))
        _report("", "report", summary["report"]["path"])
    problems = [f"site {name} failed: {error}" for name, error in failures.items()]
    problems += [f"check {c['name']} found {c['failing_rows']} failing row(s)" for c in failed_checks]
    if problems:
        raise NightlyRunFailed(f"run {run_id}: " + "; ".join(problems), summary)
    return summary
