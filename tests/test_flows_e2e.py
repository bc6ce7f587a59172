"""End to end on the real WordPress test bed: `wparchive run <url> --db x.duckdb` twice, through the real crawler,
Prefect flow and warehouse. The content file (tests/wordpress/content.json) is the ground truth.

Done when (issue 4): two runs in a row leave identical tables with no duplicates; the rows match the content
file (posts, comments with parents, forms); drafts, private, pending and spam content is nowhere.
Between two runs only the observation columns move: last_seen_at and last_seen_run_id, and the per-run
history tables (crawl_runs, comment_forms, crawl_drops, check_results) gain the second run's rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.wordpress import content as C
from tests.wordpress.testbed import Site
from warehouse.db import query

pytestmark = pytest.mark.wordpress
REPO = Path(__file__).resolve().parents[1]
CONTENT = C.load_content()
# Columns that record when we looked, not what we saw.
OBSERVATION = {"last_seen_at", "last_seen_run_id"}


class Archive:
    """The database after two `wparchive run`s of one test-bed variant, and what each run printed."""

    def __init__(self, site: Site, db: Path, outputs: list[str], snapshots: list[dict[str, list[tuple]]]):
        self.site, self.db, self.outputs, self.snapshots = site, db, outputs, snapshots

    def rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return query(self.db, sql, params)[1]


def _content_snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every current-state table, without the observation columns, sorted."""
    out = {}
    for table in ("sites", "posts", "post_sentences", "comments"):
        columns = [c for c in query(db, f"SELECT * FROM {table} LIMIT 0")[0] if c not in OBSERVATION]
        # Table and column names come from the database's own catalogue and the fixed tuple above.
        out[table] = sorted(query(db, f"SELECT {', '.join(columns)} FROM {table}")[1], key=repr)
    return out


def _run(site_url: str, db: Path, data_dir: Path, config: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(data_dir.parent / "prefect-home")  # Prefect creates it, but not its parents
    completed = subprocess.run(
        [sys.executable, "-m", "wparchive.cli", "run", site_url, "--db", str(db), "--data-dir", str(data_dir),
         "--config", str(config), "--profile", "fast"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output
    return output


@pytest.fixture(scope="module", params=["tt1", "tt3"])
def archive(request: pytest.FixtureRequest, wordpress: Callable[[str], Site],
            tmp_path_factory: pytest.TempPathFactory) -> Archive:
    site = wordpress(request.param)
    site.reset()  # other modules mutate the site; the ground truth is the seeded state
    work = tmp_path_factory.mktemp(f"e2e-{request.param}")
    config = work / "sites.toml"
    config.write_text('[defaults]\nlanguage = "sv"\n')
    db = work / "x.duckdb"
    outputs, snapshots = [], []
    for _ in range(2):
        outputs.append(_run(site.base_url + "/", db, work / "data", config))
        snapshots.append(_content_snapshot(db))
    return Archive(site, db, outputs, snapshots)


def test_two_runs_leave_identical_tables(archive: Archive) -> None:
    first, second = archive.snapshots
    for table in first:
        assert second[table] == first[table], f"{table} changed between two runs of an unchanged site"
    runs = archive.rows("SELECT run_id, status, is_complete, posts_deleted_count, comments_removed_count "
                        "FROM crawl_runs ORDER BY run_id")
    assert len(runs) == 2 and all(r[1:] == ("succeeded", True, 0, 0) for r in runs), runs
    assert archive.rows("SELECT count(*) FROM check_results WHERE failing_rows > 0 AND severity = 'error'") == [(0,)]


def test_no_duplicates(archive: Archive) -> None:
    assert archive.rows("SELECT count(*) - count(DISTINCT post_url), count(*) - count(DISTINCT wp_post_id) "
                        "FROM posts") == [(0, 0)]
    assert archive.rows("SELECT count(*) - count(DISTINCT wp_comment_id) FROM comments") == [(0,)]
    assert archive.rows("SELECT count(*) - count(DISTINCT (run_id, post_url)) FROM comment_forms") == [(0,)]
    assert archive.rows("SELECT count(*) - count(DISTINCT (post_url, sentence_no)) FROM post_sentences") == [(0,)]


def test_posts_match_the_content_file(archive: Archive) -> None:
    site = archive.site
    rows = {r[0]: r[1:] for r in archive.rows(
        "SELECT wp_post_id, title, published_at, is_protected, body_text, deleted_at, post_url FROM posts")}
    expected = {site.post_id(p["key"]): p for p in C.public_posts(CONTENT) + C.protected_posts(CONTENT)}
    assert set(rows) == set(expected)
    for wp_id, post in expected.items():
        title, published_at, is_protected, body, deleted_at, url = rows[wp_id]
        if post["password"]:
            assert title.endswith(post["title"])  # WordPress prefixes "Protected: " (Swedish "Lösenordsskyddad: ")
        else:
            assert title == post["title"]
        assert published_at == C.to_utc(post["date"]), post["key"]
        assert deleted_at is None and url == site.post_url(post["key"])
        assert is_protected == bool(post["password"])
        if post["password"]:
            assert body is None
        else:
            for snippet in post.get("body_must_contain", []):
                assert C.normalize_space(snippet) in C.normalize_space(body), (post["key"], snippet)
            for snippet in post.get("body_must_not_contain", []):
                assert snippet not in body, (post["key"], snippet)


def test_comments_match_with_parents_and_depths(archive: Archive) -> None:
    site = archive.site
    rows = {r[0]: r[1:] for r in archive.rows(
        "SELECT wp_comment_id, parent_wp_comment_id, depth, post_url, author_name, published_at, removed_at "
        "FROM comments")}
    public = C.public_comments(CONTENT)
    depths = C.comment_depths(CONTENT)
    assert set(rows) == {site.comment_id(c["key"]) for c in public}
    for c in public:
        parent, depth, post_url, author, published_at, removed_at = rows[site.comment_id(c["key"])]
        assert parent == (site.comment_id(c["parent"]) if c["parent"] else None), c["key"]
        assert depth == depths[c["key"]] and post_url == site.post_url(c["post"]) and removed_at is None
        if c["type"] == "comment":  # pingbacks: twentytwentyone shows neither date nor name the crawler reads yet
            assert author == c["author"] and published_at == C.to_utc(c["date"]), c["key"]


def test_comment_forms_match(archive: Archive) -> None:
    site = archive.site
    latest = {r[0]: r[1:] for r in archive.rows(
        "SELECT wp_post_id, is_present, is_open, form_kind, required_fields FROM int_latest_comment_forms")}
    for post in C.public_posts(CONTENT):
        is_present, is_open, form_kind, required = latest[site.post_id(post["key"])]
        if post["comment_status"] == "open":
            assert is_open and form_kind == "wordpress-core", post["key"]
            assert {"comment", "author", "email"} <= set(required), post["key"]
        else:
            assert not is_open, post["key"]
    audited = {r[0] for r in archive.rows("SELECT post_url FROM audit_comment_forms")}
    assert audited == {site.post_url(p["key"]) for p in C.public_posts(CONTENT) if p["comment_status"] == "open"}


def test_hidden_content_is_nowhere(archive: Archive) -> None:
    site = archive.site
    hidden_ids = [site.post_id(p["key"]) for p in C.hidden_posts(CONTENT)]
    assert archive.rows("SELECT count(*) FROM posts WHERE list_contains(?, wp_post_id)", [hidden_ids]) == [(0,)]
    hidden_comment_ids = [site.comment_id(c["key"]) for c in C.hidden_comments(CONTENT)]
    assert archive.rows("SELECT count(*) FROM comments WHERE list_contains(?, wp_comment_id)",
                        [hidden_comment_ids]) == [(0,)]
    texts = [p["title"] for p in C.hidden_posts(CONTENT)] + [C.normalize_space(C.visible_text(c["content"]))
                                                               for c in C.hidden_comments(CONTENT)]
    for text in filter(None, texts):
        found = archive.rows(
            "SELECT (SELECT count(*) FROM posts WHERE contains(coalesce(title, '') || ' ' || coalesce(body_text, ''), ?))"
            " + (SELECT count(*) FROM comments WHERE contains(coalesce(body_text, ''), ?))"
            " + (SELECT count(*) FROM post_sentences WHERE contains(sentence, ?))", [text, text, text])
        assert found == [(0,)], f"hidden text found in the archive: {text[:60]!r}"


def test_marts_answer(archive: Archive) -> None:
    assert archive.rows("SELECT count(*) FROM most_discussed_posts")[0][0] == len(
        C.public_posts(CONTENT)) + len(C.protected_posts(CONTENT))
    assert archive.rows("SELECT count(*) > 0 FROM activity_by_month") == [(True,)]
    assert archive.rows("SELECT count(*) > 0 FROM theme_summary") == [(True,)]
    assert "archived into" in archive.outputs[-1]
