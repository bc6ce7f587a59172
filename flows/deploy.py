"""Production on a long-running Prefect server: the ``wparchive-nightly/nightly`` deployment with its cron schedule,
in a process work pool that a worker started with Prefect's own command runs.

    prefect server start --host 127.0.0.1 --no-ui --analytics-off      # once, kept running (systemd, …)
    PREFECT_API_URL=http://127.0.0.1:4200/api wparchive deploy         # creates the work pool and the deployment
    PREFECT_API_URL=http://127.0.0.1:4200/api prefect worker start --pool wparchive --limit 1

The deployment runs the flow from this checkout (its source is this folder), so the worker must see the same
folder and Python environment. The work pool, the deployment and the flow each allow one run at a time; the
flow also holds the archive's lock (flows/runlock.py), so a `wparchive run` by hand cannot overlap a scheduled one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.serve import DEPLOYMENT_NAME

DEFAULT_POOL = "wparchive"
REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Deployed:
    """What ``deploy_nightly`` created or updated."""

    deployment: str  # flow name/deployment name, as `prefect deployment run` takes it
    deployment_id: str
    pool: str
    pool_created: bool


def ensure_work_pool(name: str, concurrency_limit: int | None = 1) -> bool:
    """A process work pool named ``name`` that runs at most ``concurrency_limit`` flow runs at a time (None: as many
    as its workers take); True when it was created now."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name=name, type="process", concurrency_limit=concurrency_limit))
        except ObjectAlreadyExists:
            return False
    return True


def deploy_nightly(*, api_url: str, cron: str, timezone: str, parameters: dict[str, object],
                   pool: str = DEFAULT_POOL) -> Deployed:
    """Create (or update) the work pool and the nightly deployment on the server at ``api_url``."""
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.nightly import FLOW_NAME, nightly

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        created = ensure_work_pool(pool)
        deployment_id = nightly.from_source(source=str(REPO), entrypoint="flows/nightly.py:nightly").deploy(
            name=DEPLOYMENT_NAME,
            work_pool_name=pool,
            build=False,
            push=False,
            schedules=[Cron(cron, timezone=timezone)],
            parameters=parameters,
            concurrency_limit=1,  # never two nightly runs at once: DuckDB has one writer
            description="One wparchive nightly run: crawl, clean, load, views, checks, publish, report.",
            tags=["wparchive"],
            print_next_steps=False,  # its hints name a UI this server does not run; the CLI prints ours
        )
    return Deployed(f"{FLOW_NAME}/{DEPLOYMENT_NAME}", str(deployment_id), pool, created)


def deploy_crawl_shard(*, api_url: str, pool: str) -> Deployed:
    """Create (or update) the crawl work pool and the ``crawl-shard`` deployment that the nightly flow submits shards
    to when sites.toml has ``[scale_out]`` (flows/shards.py). No schedule: the nightly flow starts its runs. The pool
    has no limit of its own: each worker takes one shard at a time (``--limit 1``)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.shards import SHARD_DEPLOYMENT, SHARD_DEPLOYMENT_NAME, crawl_shard

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        created = ensure_work_pool(pool, concurrency_limit=None)
        deployment_id = crawl_shard.from_source(source=str(REPO), entrypoint="flows/shards.py:crawl_shard").deploy(
            name=SHARD_DEPLOYMENT_NAME,
            work_pool_name=pool,
            build=False,
            push=False,
            description="One shard of a wparchive night: crawl its sites, hand each run directory back through "
                        "the object store.",
            tags=["wparchive"],
            print_next_steps=False,
        )
    return Deployed(SHARD_DEPLOYMENT, str(deployment_id), pool, created)
