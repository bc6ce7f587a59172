"""The nightly flow ``wparchive-nightly``: for each site crawl → clean → load, then views (with the theme matches
of what the loads changed), checks and a summary; when the checks pass, publish the snapshot and write the report.

Sites are crawled in parallel (each crawl in its own process), at most ``max_parallel_sites`` at once. Cleaning
and loading run one site at a time in the flow's thread: DuckDB has one writer. A site that fails is recorded in
its own ``crawl_runs`` row and never stops the others; the flow still ends Failed so the failure is seen.

Everything writes the working database (``archive.work.duckdb``); analysts read the published one
(``archive.duckdb``), which is replaced atomically only when no error-level check fails (warehouse/publish.py).
A site that failed is recorded and published like the rest (its failure shows in the report's crawl health); a
failing check or a crash leaves the published file and the report as they were.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from flows import prefect_env  # noqa: F401  (sets Prefect's environment before Prefect is imported)

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.states import State
from prefect.task_runners import ThreadPoolTaskRunner

from crawler.incremental import CRAWL_STATE_FILE
from crawler.run import crawl_in_subprocess
from flows.archive import hand_over_known_payloads
from flows.config import SiteConfig, load_settings
from flows.rundir import CLEAN_DIR, RunRequest, clean_run_dir, failed_manifest, new_run_id
from warehouse import db as warehouse_db
from warehouse import publish as warehouse_publish
from warehouse.load import load_run as warehouse_load_run
from warehouse.load import record_failed_run
from warehouse.manifest import RunManifest
from warehouse.state import write_crawl_state
from report import build_report, default_report_path

FLOW_NAME = "wparchive-nightly"
# Crawl failures worth another try: the network or the server, not the site's nature or our configuration.
_TRANSIENT = re.compile(r"unreachable|timed? ?out|timeout|HTTP (408|429|5\d\d)|without writing stats\.json|"
                        r"process exited|stopped early|connection", re.IGNORECASE)
_CRAWLER_OUTPUTS = ("posts.jsonl", "comments.jsonl", "comment_forms.jsonl", "drops.jsonl", "requests.jsonl",
                    "stats.json")

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


@task(name="crawl-site", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=300,
      retry_condition_fn=_retry_if_transient)
def crawl_site(run_dir: str, site_url: str, profile: str, max_posts: int | None = None,
               max_requests: int | None = None, user_agent: str | None = None,
               timeout_seconds: float | None = None, state_path: str | None = None) -> str:
    """Crawl one site into ``run_dir`` in a fresh process; the only task that touches the network (and retries)."""
    path = Path(run_dir)
    for name in _CRAWLER_OUTPUTS:  # a retry starts clean: the crawler appends to its files
        (path / name).unlink(missing_ok=True)
    shutil.rmtree(path / CLEAN_DIR, ignore_errors=True)
    try:
        result = crawl_in_subprocess(site_url, path, profile=profile, max_posts=max_posts,
                                     max_requests=max_requests, user_agent=user_agent, timeout=timeout_seconds,
                                     state=Path(state_path) if state_path else None)
    except subprocess.TimeoutExpired:
        raise TransientCrawlError(f"the crawl took longer than {timeout_seconds:.0f} s and was stopped") from None
    if result.error:
        raise (TransientCrawlError if _TRANSIENT.search(result.error) else CrawlFailed)(result.error)
    return run_dir


@task(name="clean-run", cache_policy=NO_CACHE)
def clean_run(run_dir: str, crawl_error: str | None = None) -> str:
    """Validate and normalise a run directory's records (bad ones to quarantine); returns the cleaned directory."""
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


def _process_site(db: str, site: SiteConfig, run_dir: Path, crawl_state: State) -> str | None:
    """Clean and load one crawled site; returns the failure reason, or None when the site succeeded."""
    crawl_error = _error_of(crawl_state) if crawl_state.is_failed() else None
    _report(site.name, "crawled", crawl_error or "")
    cleaned = clean_run(str(run_dir), crawl_error, return_state=True)
    if cleaned.is_failed():
        error = f"cleaning failed: {_error_of(cleaned)}"
        record_failure(db, str(run_dir), "clean", error)
        return error
    loaded = load_run(db, cleaned.result(), return_state=True)
    if loaded.is_failed():
        error = f"loading failed: {_error_of(loaded)}"
        record_failure(db, str(run_dir), "load", error)
        return error
    _report(site.name, "loaded", "")
    manifest = RunManifest.read(Path(cleaned.result()))
    return manifest.error if manifest.status == "failed" else None


@flow(name=FLOW_NAME, task_runner=ThreadPoolTaskRunner(max_workers=16))
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

    crawl = crawl_site.with_options(retries=settings.crawl_retries,
                                    retry_delay_seconds=settings.crawl_retry_delay_seconds)
    waiting = list(settings.sites)
    running: dict[PrefectFuture[str], tuple[SiteConfig, Path]] = {}
    failures: dict[str, str] = {}

    def start_next() -> None:
        site = waiting.pop(0)
        run_dir = run_dir_for(settings.data_dir, run_id, site)
        RunRequest(run_id=run_id, site_url=site.url, site_name=site.name, language=site.language,
                   timezone=site.timezone, profile=site.profile, max_posts=site.max_posts,
                   max_requests=site.max_requests,
                   requested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")).write(run_dir)
        hand_over_known_payloads(db, site.url, run_dir)  # the raw archive then stores unchanged payloads once
        # What the archive already holds: the crawl fetches only new and changed posts (none on a first run,
        # or with --full). Kept in the run directory, so a replay of the run makes the same choices.
        state = None if full else write_crawl_state(db, site.url, run_dir / CRAWL_STATE_FILE)
        _report(site.name, "crawling", site.url)
        future = crawl.submit(str(run_dir.resolve()), site.url, site.profile, site.max_posts, site.max_requests,
                              site.user_agent, settings.crawl_timeout_seconds,
                              str(state.resolve()) if state else None)
        running[future] = (site, run_dir.resolve())

    while waiting and len(running) < settings.max_parallel_sites:
        start_next()
    while running:
        future = next(as_completed(list(running)))
        site, run_dir = running.pop(future)
        future.wait()
        error = _process_site(db, site, run_dir, future.state)
        if error:
            failures[site.name] = error
            logger.error("site %s failed: %s", site.name, error)
        if waiting:
            start_next()

    build_views(db)
    _report("", "views", "")
    checks = run_checks(db, run_id)
    _report("", "checks", "")
    sites = summarise_run(db, run_id)
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
