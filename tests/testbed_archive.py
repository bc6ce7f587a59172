"""The published archive of the real WordPress test bed after two crawls, with an editor's changes between them:
what the analysts' example queries, the report and the exports are tested against (fixture ``testbed_archive``
in tests/conftest.py).

Between the runs: a post is edited (so ``modified_at`` is recent), one is trashed, one has its comments closed,
and a commenter posts a script as text. The site is reset afterwards: other tests expect the seeded state.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crawler.run import crawl_in_subprocess
from flows.rundir import RunRequest
from tests.wordpress.testbed import Site
from wparchive.cli import app

RUN_IDS = ("20250101T023000Z-tbed01", "20250102T023000Z-tbed02")
# Stored with entities, as WordPress stores what a commenter typed: the blog shows it as text, and so must we.
HOSTILE_COMMENT = ("Provar igen: &lt;script&gt;document.title='PWNED'&lt;/script&gt; "
                   "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;")

_runner = CliRunner(env={"COLUMNS": "250"})


def _crawl_and_load(site: Site, root: Path, run_id: str, db: Path) -> None:
    run_dir = root / "runs" / run_id / site.variant
    RunRequest(run_id=run_id, site_url=site.base_url + "/", site_name=f"testbed-{site.variant}", language="sv",
               profile="fast").write(run_dir)
    result = crawl_in_subprocess(site.base_url + "/", run_dir, profile="fast", timeout=600)
    assert result.error is None, result.error
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
