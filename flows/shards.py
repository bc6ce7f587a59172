"""Scale-out on a Prefect work pool: the ``crawl-shard`` flow that workers on crawl machines run, and the loader's
side that shards the night's sites by host, submits the shards, takes back each finished site and re-submits what a
stuck or lost shard left unfinished.

The loader (the nightly flow, ``[scale_out]`` in sites.toml) prepares every site's crawl as it does for a local
crawl, uploads each site's inputs to the object store (flows/storage.py), and submits one ``crawl-shard`` flow run
per shard with ``run_deployment`` (idempotency key: run, shard, attempt). A worker's flow run downloads its sites'
inputs, crawls them in one crawl pool (crawler/pool.py) and, as each site finishes, uploads its run directory and
then its completion marker. The loader polls the markers, downloads each finished site's run directory — all but its
WARC files, which stay in the store and which ``captures`` then names by URI — and yields it to the flow, which
cleans and loads it as it would a local crawl. A shard that finishes no site for ``shard_timeout_seconds``, or whose
flow run ends with sites unfinished (its machine died, its worker was killed), has those sites submitted again as a
new attempt; the first completed attempt of a site is the one loaded, so nothing is loaded twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows import prefect_env  # noqa: F401  (sets Prefect's environment before Prefect is imported)

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run as current_flow_run

from crawler.archive import ARCHIVE_POINTER_FILE, KNOWN_PAYLOADS_FILE, WARC_DIR
from crawler.erasure import ERASURE_LIST_FILE, ErasureList
from crawler.options import CrawlJob
from crawler.outputs import CRAWL_STATE_FILE, read_jsonl
from crawler.pool import CrawlResult, pool_in_subprocess, pool_processes, read_result, shard_by_host
from flows.config import ScaleOut
from flows.rundir import CLEAN_DIR, REQUEST_FILE
from flows.storage import INPUT_DIR, Completion, ObjectStore

SHARD_FLOW_NAME = "wparchive-crawl-shard"
SHARD_DEPLOYMENT_NAME = "crawl-shard"
SHARD_DEPLOYMENT = f"{SHARD_FLOW_NAME}/{SHARD_DEPLOYMENT_NAME}"
JOB_FILE = "job.json"  # the site's CrawlJob, its run directory and state file named relative to the run directory
INPUT_FILES = (REQUEST_FILE, KNOWN_PAYLOADS_FILE, CRAWL_STATE_FILE, JOB_FILE)
SUBMISSIONS_FILE = "shard-submissions.jsonl"  # the loader's log of every shard run it submitted
_FINAL_STATES = ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
ERASURE_LIST_ENV = "WPARCHIVE_ERASURE_LIST"  # crawler/settings.py: a list kept outside the data directory


class ScaleOutError(RuntimeError):
    """Scale-out can't start: no crawl-shard deployment on the Prefect server the flow talks to."""


# ---------------------------------------------------------------------------------------------------- worker side

@task(name="fetch-shard-inputs", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def fetch_shard_inputs(store: str, endpoint_url: str | None, run_id: str, sites: list[str],
                       work_dir: str) -> list[CrawlJob]:
    """Each site's crawl job with the files the loader prepared (run.json, crawl state, known payloads), downloaded
    into a local run directory under ``work_dir``."""
    object_store = ObjectStore(store, endpoint_url)
    # The archive's erasure list, where each crawl looks for it (the data directory above its run directory): a
    # crawl on a worker keeps erased commenters out before anything is written, as one on the loader does.
    object_store.download_file(f"{object_store.run_uri(run_id)}/{ERASURE_LIST_FILE}",
                               Path(work_dir) / ERASURE_LIST_FILE, missing_ok=True)
    jobs = []
    for site in sites:
        run_dir = Path(work_dir) / "runs" / run_id / site
        object_store.download_dir(f"{object_store.site_uri(run_id, site)}/{INPUT_DIR}", run_dir)
        job = CrawlJob.from_json((run_dir / JOB_FILE).read_text(encoding="utf-8"))
        state = str(run_dir / job.options.state) if job.options.state else None
        jobs.append(CrawlJob(job.site_url, str(run_dir), dataclasses.replace(job.options, state=state)))
    return jobs


@task(name="crawl-and-hand-over", cache_policy=NO_CACHE)
def crawl_and_hand_over(store: str, endpoint_url: str | None, run_id: str, shard: int, attempt: int,
                        jobs: list[CrawlJob], work_dir: str, max_parallel_sites: int) -> dict[str, str | None]:
    """Crawl the shard's sites in one crawl pool; as each finishes, upload its run directory and then its completion
    marker. Returns each site's crawl error (None: archived)."""
    object_store = ObjectStore(store, endpoint_url)
    outcomes: dict[str, str | None] = {}
    for batch in pool_in_subprocess(jobs, Path(work_dir) / ".crawl-pool", max_parallel_sites,
                                    processes=pool_processes(len(jobs))):
        for result in batch:
            site = result.run_dir.name
            files = object_store.upload_dir(result.run_dir, object_store.attempt_uri(run_id, site, attempt),
                                            skip=(CLEAN_DIR,))
            object_store.mark_complete(run_id, site, attempt, {
                "site": site, "shard": shard, "attempt": attempt, "error": result.error, "files": files,
                "flow_run_id": str(current_flow_run.id),
                "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})
            outcomes[site] = result.error
    return outcomes


@flow(name=SHARD_FLOW_NAME)
def crawl_shard(store: str, run_id: str, shard: int, attempt: int, sites: list[str], endpoint_url: str | None = None,
                max_parallel_sites: int = 2) -> dict[str, str | None]:
    """One shard of a night's sites on a crawl machine: fetch their inputs from the store, crawl them in one crawl
    pool, hand each site's run directory back through the store (its completion marker last)."""
    logger = get_run_logger()
    work_dir = tempfile.mkdtemp(prefix=f"wparchive-{run_id}-shard{shard}-attempt{attempt}-")
    try:
        jobs = fetch_shard_inputs(store, endpoint_url, run_id, sites, work_dir)
        logger.info("run %s shard %d attempt %d: %d site(s)", run_id, shard, attempt, len(jobs))
        outcomes = crawl_and_hand_over(store, endpoint_url, run_id, shard, attempt, jobs, work_dir,
                                       max_parallel_sites)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    for site, error in outcomes.items():
        logger.info("site %s: %s", site, f"crawl failed: {error}" if error else "crawled and handed over")
    return outcomes


# ---------------------------------------------------------------------------------------------------- loader side

@dataclass
class _Submission:
    """One shard flow run the loader submitted, and what it still owes."""

    shard: int
    attempt: int
    sites: list[str]
    flow_run_id: str
    last_progress: float  # submission, first seen running, or its last finished site (monotonic)
    seen_running: bool = False
    ended_at: float | None = None  # when its flow run was first seen in a final state
    open: bool = True  # False once its sites are all taken, or it was superseded by a new attempt


@dataclass
class ShardedCrawl:
    """The loader's side of one night on the work pool: yields finished sites as ``CrawlResult`` batches, like the
    local crawl pool (crawler/pool.py ``pool_in_subprocess``), so the nightly flow loads them the same way."""

    scale_out: ScaleOut
    run_id: str
    max_parallel_sites: int
    log_dir: Path
    poll_seconds: float = 2.0
    submissions: list[_Submission] = field(default_factory=list)
    jobs: dict[str, CrawlJob] = field(default_factory=dict)  # by site (its run directory's name)

    def __post_init__(self) -> None:
        self.store = ObjectStore(self.scale_out.store, self.scale_out.endpoint_url)

    def run(self, jobs: list[CrawlJob]) -> Iterator[list[CrawlResult]]:
        self._check_deployment()
        self.jobs = {Path(job.run_dir).name: job for job in jobs}
        erasure_list = ErasureList.path_for_run_dir(Path(jobs[0].run_dir), os.environ.get(ERASURE_LIST_ENV)) \
            if jobs else None
        if erasure_list is not None and erasure_list.exists():
            self.store.upload_file(erasure_list, f"{self.store.run_uri(self.run_id)}/{ERASURE_LIST_FILE}")
        for site, job in self.jobs.items():
            self._upload_inputs(site, job)
        for shard, group in enumerate(shard_by_host(jobs, self.scale_out.shards)):
            self._submit(shard, 1, [Path(job.run_dir).name for job in group])
        taken: set[str] = set()
        seen_markers: set[str] = set()
        while len(taken) < len(self.jobs):
            batch = []
            for completion in self.store.completions(self.run_id, seen_markers):
                # The first completed attempt of a site is the one loaded; a later one (a superseded run that
                # finished after all) is left in the store unread.
                if completion.site in self.jobs and completion.site not in taken:
                    batch.append(self._take(completion))
                    taken.add(completion.site)
            batch += self._watch(taken)
            taken.update(Path(r.run_dir).name for r in batch)
            if batch:
                yield batch
            elif len(taken) < len(self.jobs):
                time.sleep(self.poll_seconds)

    # -- submitting

    def _check_deployment(self) -> None:
        from prefect import get_client
        from prefect.exceptions import ObjectNotFound

        with get_client(sync_client=True) as client:
            try:
                client.read_deployment_by_name(SHARD_DEPLOYMENT)
            except ObjectNotFound:
                raise ScaleOutError(
                    f"no {SHARD_DEPLOYMENT} deployment on the Prefect server at {client.api_url}: with [scale_out] "
                    "in sites.toml, run `wparchive deploy` against the server the crawl workers use "
                    "(PREFECT_API_URL), and run the nightly flow with the same PREFECT_API_URL") from None

    def _upload_inputs(self, site: str, job: CrawlJob) -> None:
        run_dir = Path(job.run_dir)
        state = Path(job.options.state).name if job.options.state else None
        portable = CrawlJob(job.site_url, site, dataclasses.replace(job.options, state=state))
        (run_dir / JOB_FILE).write_text(portable.to_json() + "\n", encoding="utf-8")
        self.store.upload_dir(run_dir, f"{self.store.site_uri(self.run_id, site)}/{INPUT_DIR}", only=INPUT_FILES)

    def _submit(self, shard: int, attempt: int, sites: list[str]) -> None:
        from prefect.deployments import run_deployment

        flow_run = run_deployment(
            SHARD_DEPLOYMENT,
            parameters={"store": self.scale_out.store, "endpoint_url": self.scale_out.endpoint_url,
                        "run_id": self.run_id, "shard": shard, "attempt": attempt, "sites": sites,
                        "max_parallel_sites": self.max_parallel_sites},
            # A new key per attempt: the same key would return the stuck run again (shared/notes/scale-facts.md).
            idempotency_key=f"{self.run_id}:shard-{shard}:attempt-{attempt}",
            flow_run_name=f"{self.run_id}-shard-{shard}-attempt-{attempt}",
            timeout=0,  # submit only: this loop watches it
        )
        self.submissions.append(_Submission(shard, attempt, sites, str(flow_run.id), time.monotonic()))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_dir / SUBMISSIONS_FILE, "a", encoding="utf-8") as log:
            log.write(json.dumps({"shard": shard, "attempt": attempt, "sites": sites,
                                  "flow_run_id": str(flow_run.id)}) + "\n")

    # -- taking finished sites back

    def _take(self, completion: Completion) -> CrawlResult:
        """A finished site's run directory, downloaded into its local run directory without its WARC files: those
        stay in the store, and ``archive.json`` says where (crawler/archive.py ``archive_root``)."""
        run_dir = Path(self.jobs[completion.site].run_dir)
        self.store.download_dir(completion.uri, run_dir, skip=(WARC_DIR, CLEAN_DIR))
        (run_dir / ARCHIVE_POINTER_FILE).write_text(json.dumps({"root": completion.uri}) + "\n", encoding="utf-8")
        for submission in self.submissions:
            if submission.open and completion.site in submission.sites:
                submission.last_progress = time.monotonic()
        result = read_result(run_dir)
        result.error = completion.error
        return result

    # -- watching the shard runs

    def _watch(self, taken: set[str]) -> list[CrawlResult]:
        """Close the submissions that are done; re-submit the unfinished sites of a shard whose run ended or is
        stuck (new attempt); give up on a site after ``shard_attempts``. Returns the sites given up on."""
        from prefect import get_client

        given_up: list[CrawlResult] = []
        now = time.monotonic()
        with get_client(sync_client=True) as client:
            for submission in [s for s in self.submissions if s.open]:
                unfinished = [site for site in submission.sites if site not in taken]
                if not unfinished:
                    submission.open = False
                    continue
                state = client.read_flow_run(submission.flow_run_id).state
                state_type = state.type.value if state else "PENDING"
                if state_type == "RUNNING" and not submission.seen_running:
                    submission.seen_running, submission.last_progress = True, now
                if state_type in _FINAL_STATES:
                    # Look for markers once more before deciding: the last ones land just before the run ends.
                    if submission.ended_at is None:
                        submission.ended_at = now
                        continue
                    reason = f"its flow run ended {state.name} with {len(unfinished)} site(s) unfinished"
                elif now - submission.last_progress > self.scale_out.shard_timeout_seconds:
                    reason = (f"no site finished for {self.scale_out.shard_timeout_seconds:.0f} s "
                              f"(flow run {state.name if state else 'not started'})")
                    self._cancel(submission, reason)
                else:
                    continue
                submission.open = False
                if submission.attempt < self.scale_out.shard_attempts:
                    self._submit(submission.shard, submission.attempt + 1, unfinished)
                else:
                    given_up += [CrawlResult(Path(self.jobs[site].run_dir), {},
                                             f"not archived after {submission.attempt} submission(s) to work pool "
                                             f"{self.scale_out.work_pool}: the last one's shard {reason}")
                                 for site in unfinished]
        return given_up

    def _cancel(self, submission: _Submission, reason: str) -> None:
        """Ask the flow run's worker to stop it (a worker that is gone leaves it Cancelling: the run is
        superseded either way, and a late upload of it is never loaded)."""
        from prefect import get_client
        from prefect.states import Cancelling

        submission.open = False
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(submission.flow_run_id).state
            if state is None or state.type.value not in _FINAL_STATES:
                client.set_flow_run_state(submission.flow_run_id, Cancelling(message=f"superseded: {reason}"),
                                          force=True)


def crawl_on_work_pool(scale_out: ScaleOut, run_id: str
                       ) -> Callable[[list[CrawlJob] | Callable[[], list[CrawlJob]], Path, int],
                                     Iterator[list[CrawlResult]]]:
    """A crawl with the local pool's signature (``pool_in_subprocess``) that crawls on the work pool instead."""
    def crawl(jobs: list[CrawlJob] | Callable[[], list[CrawlJob]], work_dir: Path,
              max_parallel: int = 1) -> Iterator[list[CrawlResult]]:
        sharded = ShardedCrawl(scale_out, run_id, max_parallel, work_dir)
        yield from sharded.run(jobs() if callable(jobs) else jobs)
    return crawl


def submissions_of(work_dir: Path) -> list[dict[str, Any]]:
    """The shard runs a night submitted (its crawl-pool folder's log), oldest first."""
    path = Path(work_dir) / SUBMISSIONS_FILE
    return read_jsonl(path) if path.exists() else []
