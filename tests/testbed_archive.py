"""The published archive of the real WordPress test bed after two crawls, with an editor's changes between them:
what the analysts' example queries, the report and the exports are tested against (fixture ``testbed_archive``
in tests/conftest.py).

Between the runs: a post is edited (so ``modified_at`` is recent), one is trashed, one has its comments closed,
and a commenter posts a script as text. The site is reset afterwards: other tests expect the seeded state.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crawler.incremental import CRAWL_STATE_FILE
from crawler.run import crawl_in_subprocess
from flows.rundir import RunRequest
from tests.wordpress.testbed import Site
from warehouse.publish import working_path
from warehouse.state import write_crawl_state
from wparchive.cli import app

RUN_IDS = ("20250101T023000Z-tbed01", "20250102T023000Z-tbed02")
# Stored with entities, as WordPress stores what a commenter typed: the blog shows it as text, and so must we.
HOSTILE_COMMENT = ("Provar igen: &lt;script&gt;document.title='PWNED'&lt;/script&gt; "
                   "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;")

_runner = CliRunner(env={"COLUMNS": "250"})


def _crawl_and_load(site: Site, root: Path, run_id: str, db: Path, *, incremental: bool = False) -> None:
    run_dir = root / "runs" / run_id / site.variant
    RunRequest(run_id=run_id, site_url=site.base_url + "/", site_name=f"testbed-{site.variant}", language="sv",
               profile="fast").write(run_dir)
    # An incremental run starts from what the archive holds, as the nightly flow does (flows/nightly.py).
    state = write_crawl_state(working_path(db), site.base_url + "/", run_dir / CRAWL_STATE_FILE) if incremental \
        else None
    result = crawl_in_subprocess(site.base_url + "/", run_dir, profile="fast", timeout=600, state=state)
    assert result.error is None, result.error
    assert result.stats.get("mode") == ("incremental" if incremental else "full"), result.stats.get("mode")
    loaded = _runner.invoke(app, ["load", str(run_dir), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output


def build_testbed_archive(site: Site, root: Path) -> Path:
    """Crawl ``site`` twice into ``root/archive.duckdb`` (published by `wparchive load`); returns its path."""
    db = root / "archive.duckdb"
    site.reset()
    try:
        _crawl_and_load(site, root, RUN_IDS[0], db)
        site.mutate("edit_post", post="analysdagar", title="Analysdagarna i Botkyrka – uppdaterat")
        site.mutate("trash_post", post="tack-for-2019")
        site.mutate("close_comments", post="solceller-hallunda")
        site.mutate("add_comment", post="sommarjobb", content=HOSTILE_COMMENT, author="Eva Testare")
        _crawl_and_load(site, root, RUN_IDS[1], db)
    finally:
        site.reset()
    return db


INCREMENTAL_RUN_IDS = ("20250201T023000Z-incr01", "20250202T023000Z-incr02")
FULL_RUN_ID = "20250202T023000Z-full01"


def build_incremental_testbed_archives(site: Site, root: Path) -> tuple[Path, Path]:
    """The test bed crawled in full, changed by its editor (a title edited, a post trashed, comments closed on
    another, a comment added), then crawled **incrementally** into ``root/incremental/archive.duckdb``; and the
    same changed blog crawled once in full into ``root/full/archive.duckdb``. Returns both paths."""
    incremental, full = root / "incremental" / "archive.duckdb", root / "full" / "archive.duckdb"
    site.reset()
    try:
        _crawl_and_load(site, incremental.parent, INCREMENTAL_RUN_IDS[0], incremental)
        site.mutate("edit_post", post="analysdagar", title="Analysdagarna i Botkyrka – uppdaterat")
        site.mutate("trash_post", post="tack-for-2019")
        site.mutate("close_comments", post="solceller-hallunda")
        site.mutate("add_comment", post="sommarjobb", content="Hur söker man till sommarjobben nästa år?",
                    author="Eva Testare")
        _crawl_and_load(site, incremental.parent, INCREMENTAL_RUN_IDS[1], incremental, incremental=True)
        _crawl_and_load(site, full.parent, FULL_RUN_ID, full)
    finally:
        site.reset()
    return incremental, full
