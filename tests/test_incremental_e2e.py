"""Issue 5's acceptance, end to end on the real test bed through `wparchive run`: a no-change nightly run is a few
requests and changes no table but the run bookkeeping; after a scripted set of mutations the next run reflects
every one of them in posts, comments, post_versions and audit_changes, and nothing else changes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.wordpress.testbed import Site
from warehouse.db import query

pytestmark = pytest.mark.wordpress

REPO = Path(__file__).resolve().parents[1]
# Tables a run may always write: its own row, its checks, its drops and its captures.
BOOKKEEPING = {"crawl_runs", "check_results", "crawl_drops", "captures", "sentence_themes_builds"}
CONTENT_TABLES = ("posts", "comments", "post_versions", "comment_forms", "post_sentences", "sentence_themes",
                  "quarantine")


class Archive:
    def __init__(self, site: Site, root: Path):
        self.site, self.root, self.db, self.n = site, root, root / "archive.duckdb", 0

    def run(self, *, full: bool = False) -> dict[str, Any]:
        self.n += 1
        run_id = f"20260101T00000{self.n}Z-test{self.n}"
        cmd = [sys.executable, "-m", "wparchive.cli", "run", self.site.base_url + "/", "--db", str(self.db),
               "--data-dir", str(self.root / "data"), "--profile", "fast", "--run-id", run_id]
        done = subprocess.run(cmd + (["--full"] if full else []), cwd=REPO, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        stats_path = next((self.root / "data").glob(f"runs/{run_id}/*/stats.json"))
        return {"run_id": run_id, **json.loads(stats_path.read_text())}

    def tables(self) -> dict[str, list[tuple]]:
        return {t: sorted(query(self.db, f"SELECT * FROM {t}")[1], key=repr) for t in CONTENT_TABLES}

    def changes(self, run_id: str) -> list[tuple]:
        return query(self.db, "SELECT change_kind, post_url, wp_comment_id FROM audit_changes WHERE run_id = $r "
                              "ORDER BY ALL", {"r": run_id})[1]


@pytest.fixture
def archive(wordpress: Callable[[str], Site], tmp_path: Path):
    site = wordpress("tt1")
    site.reset()
    yield Archive(site, tmp_path)
    site.reset()


def test_no_change_run_is_cheap_and_changes_nothing(archive: Archive) -> None:
    first = archive.run()
    before = archive.tables()
    second = archive.run()
    assert second["mode"] == "incremental"
    assert second["requests"] <= 5, second["requests"]
    assert second["requests"] <= 0.2 * first["requests"]  # 5 % holds on larger blogs: see bench/bench_incremental.py
    assert archive.tables() == before
    assert archive.changes(second["run_id"]) == []


def test_every_mutation_is_reflected_and_nothing_else(archive: Archive) -> None:
    site = archive.site
    archive.run()
    site.mutate("edit_post", post="analysdagar",
                content="<!-- wp:paragraph --><p>Ny text efter analysdagarna: samarbetet med kommunen fortsätter."
                        "</p><!-- /wp:paragraph -->")
    site.mutate("edit_post", post="valkommen", title="Välkommen till VD-bloggen (ny rubrik)")
    site.mutate("trash_post", post="solceller-hallunda")
    top = site.mutate("add_comment", post="digital-felanmalan", content="Funkar appen på surfplatta också?")
    top_id = top["comment"]["id"]
    reply = site.mutate("add_comment", post="digital-felanmalan", parent=top_id, content="Ja, den gör det!")
    reply_id = reply["comment"]["id"]
    site.mutate("approve_comment", comment="sommarjobb-pending")
    site.mutate("delete_comment", comment="valkommen-2")
    site.mutate("close_comments", post="hyresgastmote-alby")
    run = archive.run()

    url = site.post_url
    cid = site.comment_id
    posts = {r[0]: r[1:] for r in query(archive.db, "SELECT post_url, title, body_text, deleted_at, comment_status "
                                                    "FROM posts")[1]}
    assert "Ny text efter analysdagarna" in posts[url("analysdagar")][1]
    assert posts[url("valkommen")][0] == "Välkommen till VD-bloggen (ny rubrik)"
    assert posts[url("solceller-hallunda")][2] is not None
    assert posts[url("hyresgastmote-alby")][3] == "closed"
    comments = {r[0]: r[1:] for r in query(archive.db, "SELECT wp_comment_id, parent_wp_comment_id, removed_at "
                                                       "FROM comments")[1]}
    assert comments[top_id][1] is None and comments[reply_id] == (top_id, None)
    assert comments[cid("sommarjobb-pending")][1] is None
    assert comments[cid("valkommen-2")][1] is not None
    versions = query(archive.db, "SELECT post_url, count(*) FROM post_versions GROUP BY ALL")[1]
    assert dict(versions)[url("analysdagar")] == 2 and dict(versions)[url("valkommen")] == 2
    expected = sorted([
        ("comment_new", url("digital-felanmalan"), top_id),
        ("comment_new", url("digital-felanmalan"), reply_id),
        ("comment_new", url("sommarjobb"), cid("sommarjobb-pending")),
        ("comment_removed", url("valkommen"), cid("valkommen-2")),
        ("form_closed", url("hyresgastmote-alby"), None),
        ("post_deleted", url("solceller-hallunda"), None),
        ("post_edited", url("analysdagar"), None),
        ("post_edited", url("valkommen"), None),
    ], key=repr)
    assert sorted(archive.changes(run["run_id"]), key=repr) == expected

    site.mutate("restore_post", post="solceller-hallunda")
    run = archive.run()
    assert archive.changes(run["run_id"]) == [("post_restored", url("solceller-hallunda"), None)]
