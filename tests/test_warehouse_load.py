"""The loader on hand-written run directories: cleaning into quarantine, idempotent loads, deletions, views, checks.

``make_run_dir`` (also used by the flow and CLI tests) writes a run directory the way the crawler does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from flows.rundir import RunRequest, clean_run_dir
from warehouse.db import WarehouseError, build_views, check_severity, connect, query, run_checks, sql_file
from warehouse.load import load_run, record_failed_run

SITE = "https://blog.example/"
TABLES = ("sites", "posts", "post_sentences", "comments", "comment_forms", "crawl_drops", "quarantine", "crawl_runs")


def post(n: int, **overrides: Any) -> dict[str, Any]:
    record = {
        "site": SITE, "post_url": f"{SITE}2024/0{n % 9 + 1}/0{n % 9 + 1}/post-{n}/", "wp_post_id": n,
        "title": f"Inlägg {n}", "author": "Anna Andersson",
        "published_at": f"2024-0{n % 9 + 1}-0{n % 9 + 1}T08:00:00+00:00", "modified_at": None,
        "categories": ["Nyheter"], "tags": ["hyror"],
        "body_html": None,
        "body_text": f"Vi har fått pris för bästa initiativ. Kommunen bjöd bl.a. in oss till möte nr {n}.",
        "language": "sv-SE", "is_protected": False, "comment_status": "open", "comment_count": 2,
        "source": "rest+html", "fetched_at": "2024-10-01T02:31:00+00:00",
    }
    record.update(overrides)
    return record


def comment(cid: int, post_n: int, parent: int | None = None, **overrides: Any) -> dict[str, Any]:
    record = {
        "site": SITE, "post_url": post(post_n)["post_url"], "wp_post_id": post_n, "wp_comment_id": cid,
        "parent_wp_comment_id": parent, "author_name": f"Läsare {cid}", "author_url": None,
        "published_at": "2024-09-01T10:00:00+02:00", "body_text": f"Bra skrivet! ({cid})",
        "depth": 1 if parent is None else 2, "comment_type": "comment", "source": "rest",
        "fetched_at": "2024-10-01T02:31:00+00:00",
    }
    record.update(overrides)
    return record


def form(post_n: int, **overrides: Any) -> dict[str, Any]:
    record = {
        "site": SITE, "post_url": post(post_n)["post_url"], "wp_post_id": post_n, "is_present": True,
        "is_open": True, "form_kind": "wordpress-core", "closed_notice": None,
        "action_url": f"{SITE}wp-comments-post.php", "method": "post",
        "fields": [{"name": "comment", "type": "textarea", "is_required": True, "label": "Kommentar"},
                   {"name": "author", "type": "text", "is_required": True, "label": "Namn"},
                   {"name": "email", "type": "email", "is_required": True, "label": "E-post"},
                   {"name": "url", "type": "url", "is_required": False, "label": "Webbplats"}],
        "hidden_fields": ["comment_post_ID", "comment_parent"], "login_providers": [], "requires_login": False,
        "has_cookie_consent": True, "has_subscription_options": False, "fetched_at": "2024-10-01T02:31:00+00:00",
    }
    record.update(overrides)
    return record


def stats(**overrides: Any) -> dict[str, Any]:
    value = {"site": SITE, "started_at": "2024-10-01T02:30:00+00:00", "finished_at": "2024-10-01T02:35:00+00:00",
             "finish_reason": "finished", "duration_seconds": 300.0, "requests": 40, "responses": 40,
             "responses_by_status": {"200": 40}, "items": {}, "drops": {}, "errors": {}, "discovery": {},
             "fatal": None, "is_capped": False}
    value.update(overrides)
    return value


def make_run_dir(
    root: Path,
    run_id: str = "20241001T023000Z-aaaaaa",
    *,
    posts: list[dict[str, Any]] | None = None,
    comments: list[dict[str, Any]] | None = None,
    forms: list[dict[str, Any]] | None = None,
    drops: list[dict[str, Any]] | None = None,
    stats_json: dict[str, Any] | None = None,
    raw_lines: dict[str, list[str]] | None = None,
    capped: bool = False,
) -> Path:
    """A run directory as the crawler and the flow leave it: run.json, the JSONL files, stats.json."""
    run_dir = root / run_id / "blog.example"
    run_dir.mkdir(parents=True)
    RunRequest(run_id=run_id, site_url=SITE, site_name="Exempelbloggen", language="sv",
               max_posts=5 if capped else None).write(run_dir)
    write_crawler_files(run_dir, posts=posts or [], comments=comments or [], forms=forms or [], drops=drops or [],
                        stats_json=stats_json, raw_lines=raw_lines)
    return run_dir


def write_crawler_files(
    run_dir: Path,
    *,
    posts: list[dict[str, Any]],
    comments: list[dict[str, Any]],
    forms: list[dict[str, Any]],
    drops: list[dict[str, Any]],
    stats_json: dict[str, Any] | None,
    raw_lines: dict[str, list[str]] | None = None,
    site: str = SITE,
) -> None:
    """The files the crawler writes, with ``SITE`` replaced by ``site`` in every record."""
    files = {"posts.jsonl": posts, "comments.jsonl": comments, "comment_forms.jsonl": forms, "drops.jsonl": drops}
    for name, records in files.items():
        with open(run_dir / name, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False).replace(SITE, site) + "\n")
            for line in (raw_lines or {}).get(name, []):
                handle.write(line)
    (run_dir / "requests.jsonl").write_text("")
    if stats_json is not None:
        (run_dir / "stats.json").write_text(json.dumps(stats_json).replace(SITE, site))


def clean_and_load(db: Path, run_dir: Path) -> Any:
    clean_dir, _manifest = clean_run_dir(run_dir)
    result = load_run(db, clean_dir)
    with connect(db) as con:
        build_views(con)
    return result


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: equal snapshots mean nothing changed."""
    out = {}
    for table in TABLES:
        # Table names from the fixed TABLES tuple above.
        _cols, rows = query(db, f"SELECT * FROM {table}")
        out[table] = sorted(rows, key=repr)
    return out


def standard_run(root: Path, run_id: str = "20241001T023000Z-aaaaaa", **overrides: Any) -> Path:
    kwargs: dict[str, Any] = {
        "posts": [post(1), post(2), post(3, is_protected=True, body_text="")],
        "comments": [comment(10, 1), comment(11, 1, parent=10), comment(12, 2)],
        "forms": [form(1), form(2), form(3, is_present=False, is_open=False, form_kind=None, fields=[])],
        "drops": [{"site": SITE, "url": f"{SITE}?replytocom=10", "reason": "refused_trap", "detail": "replytocom",
                   "fetched_at": "2024-10-01T02:32:00+00:00"}],
        "stats_json": stats(),
    }
    kwargs.update(overrides)
    return make_run_dir(root, run_id, **kwargs)


def test_load_fills_tables_with_clean_rows(tmp_path: Path, db: Path) -> None:
    result = clean_and_load(db, standard_run(tmp_path / "runs"))
    assert (result.posts, result.comments, result.comment_forms, result.quarantined) == (3, 3, 3, 0)
    _cols, rows = query(db, "SELECT post_url, language, categories, published_at, deleted_at FROM posts "
                            "ORDER BY wp_post_id")
    assert rows[0][1] == "sv" and rows[0][2] == ["Nyheter"] and rows[0][4] is None
    assert rows[0][3].utcoffset().total_seconds() == 0
    _cols, rows = query(db, "SELECT wp_comment_id, parent_wp_comment_id, published_at FROM comments ORDER BY 1")
    assert [(r[0], r[1]) for r in rows] == [(10, None), (11, 10), (12, None)]
    assert rows[0][2].isoformat() == "2024-09-01T08:00:00+00:00"  # +02:00 → UTC
    _cols, rows = query(db, "SELECT required_fields, login_providers FROM comment_forms WHERE is_open "
                            "ORDER BY post_url")
    assert rows[0] == (["comment", "author", "email"], [])
    _cols, rows = query(db, "SELECT status, is_complete, posts_count, drops_count FROM crawl_runs")
    assert rows == [("succeeded", True, 3, 1)]
    _cols, rows = query(db, "SELECT count(*) FROM post_sentences WHERE post_url = ?", [post(1)["post_url"]])
    assert rows == [(2,)]  # "bl.a." does not end a sentence


def test_loading_the_same_run_twice_changes_nothing(tmp_path: Path, db: Path) -> None:
    run_dir = standard_run(tmp_path / "runs")
    first = clean_and_load(db, run_dir)
    before = snapshot(db)
    second = clean_and_load(db, run_dir)
    assert not first.skipped and second.skipped
    assert snapshot(db) == before


def test_two_runs_keep_one_row_per_post_and_comment(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(tmp_path / "runs"))
    later = [{**r, "fetched_at": "2024-10-02T02:31:00+00:00"} for r in (post(1), post(2), post(3))]
    clean_and_load(db, standard_run(tmp_path / "runs", "20241002T023000Z-bbbbbb", posts=later,
                                    stats_json=stats(started_at="2024-10-02T02:30:00+00:00",
                                                     finished_at="2024-10-02T02:35:00+00:00")))
    _cols, rows = query(db, "SELECT count(*), count(DISTINCT post_url), min(first_seen_at), max(last_seen_at) "
                            "FROM posts")
    assert rows[0][0] == rows[0][1] == 3
    assert rows[0][2].isoformat().startswith("2024-10-01") and rows[0][3].isoformat().startswith("2024-10-02")
    _cols, rows = query(db, "SELECT count(*) FROM comment_forms")
    assert rows == [(6,)]  # one per post and crawl


def test_malformed_records_go_to_quarantine_and_the_run_completes(tmp_path: Path, db: Path) -> None:
    bad = {
        "posts.jsonl": [
            json.dumps(post(4, post_url=None)) + "\n",                       # missing post_url
            json.dumps(post(5, published_at="igår kväll")) + "\n",           # unparsable timestamp
            json.dumps(post(6, wp_post_id="6")) + "\n",                      # wrong type
            "[1, 2]\n",                                                        # not an object
            '{"post_url": "https://blog.example/torn/", "title": "Halv',      # torn last line (killed crawl)
        ],
        "comments.jsonl": [json.dumps(comment(20, 1, wp_comment_id=None)) + "\n",
                           json.dumps(comment(10, 1, body_text="Rättad text")) + "\n"],  # a repeat: later wins
        "comment_forms.jsonl": [json.dumps(form(1, fields=[{"name": "x"}])) + "\n"],
    }
    result = clean_and_load(db, standard_run(tmp_path / "runs", raw_lines=bad))
    assert result.status == "succeeded" and result.posts == 3 and result.quarantined == 8
    _cols, rows = query(db, "SELECT source_file, line_no, reason, raw_line FROM quarantine ORDER BY 1, 2")
    reasons = {(r[0], r[1]): r[2] for r in rows}
    assert reasons[("posts.jsonl", 4)] == "missing post_url"
    assert "published_at is not an ISO 8601 timestamp" in reasons[("posts.jsonl", 5)]
    assert reasons[("posts.jsonl", 6)].startswith("wp_post_id should be int")
    assert reasons[("posts.jsonl", 7)].startswith("not a JSON object")
    assert reasons[("posts.jsonl", 8)] == "torn last line: the crawl stopped mid-write"
    assert reasons[("comments.jsonl", 4)] == "missing wp_comment_id"
    assert reasons[("comment_forms.jsonl", 4)] == "fields[0] needs a name and a type"
    # The earlier of two lines for one form is superseded by the later one, and says so.
    assert reasons[("comments.jsonl", 1)] == "duplicate: superseded by line 5 of the same run"
    assert query(db, "SELECT body_text FROM comments WHERE wp_comment_id = 10")[1] == [("Rättad text",)]
    assert rows[-1][3].startswith('{"post_url": "https://blog.example/torn/"')
    _cols, rows = query(db, "SELECT quarantined_count FROM crawl_runs")
    assert rows == [(8,)]


def test_complete_crawl_marks_missing_posts_deleted_and_comments_removed(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(tmp_path / "runs"))
    day2 = {"started_at": "2024-10-02T02:30:00+00:00", "finished_at": "2024-10-02T02:35:00+00:00"}
    seen = lambda r: {**r, "fetched_at": "2024-10-02T02:31:00+00:00"}  # noqa: E731
    result = clean_and_load(db, standard_run(
        tmp_path / "runs", "20241002T023000Z-bbbbbb",
        posts=[seen(post(1)), seen(post(3, is_protected=True, body_text=""))],  # post 2 gone
        comments=[seen(comment(10, 1))],                                         # reply 11 removed
        forms=[seen(form(1))], drops=[], stats_json=stats(**day2)))
    assert (result.posts_deleted, result.comments_removed) == (1, 2)  # post 2, reply 11, and comment 12 on post 2
    _cols, rows = query(db, "SELECT wp_post_id, deleted_at IS NOT NULL FROM posts ORDER BY 1")
    assert rows == [(1, False), (2, True), (3, False)]
    _cols, rows = query(db, "SELECT wp_comment_id, removed_at IS NOT NULL FROM comments ORDER BY 1")
    assert rows == [(10, False), (11, True), (12, True)]
    _cols, rows = query(db, "SELECT count(*) FROM int_live_posts")
    assert rows == [(2,)]


def test_a_quarantined_comment_line_is_no_removal(tmp_path: Path, db: Path) -> None:
    """A black-box tester's round 7: a published comment whose line cleaning quarantined (REST's zero date of an
    imported comment) was marked removed by the complete crawl, and the report said so."""
    clean_and_load(db, standard_run(tmp_path / "runs"))
    day2 = {"started_at": "2024-10-02T02:30:00+00:00", "finished_at": "2024-10-02T02:35:00+00:00"}
    seen = lambda r: {**r, "fetched_at": "2024-10-02T02:31:00+00:00"}  # noqa: E731
    result = clean_and_load(db, standard_run(
        tmp_path / "runs", "20241002T023000Z-bbbbbb",
        posts=[seen(post(1)), seen(post(2)), seen(post(3, is_protected=True, body_text=""))],
        comments=[seen(comment(10, 1)), seen(comment(12, 2))],
        raw_lines={"comments.jsonl": [json.dumps(seen(comment(11, 1, parent=10, published_at="-0001-11-30T00:00:00")))
                                      + "\n"]},
        forms=[seen(form(1))], drops=[], stats_json=stats(**day2)))
    assert result.quarantined == 1 and result.comments_removed == 0
    _cols, rows = query(db, "SELECT wp_comment_id, removed_at IS NOT NULL FROM comments ORDER BY 1")
    assert rows == [(10, False), (11, False), (12, False)]


def test_failed_or_capped_crawl_never_marks_deletions(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(tmp_path / "runs"))
    day2 = {"started_at": "2024-10-02T02:30:00+00:00", "finished_at": "2024-10-02T02:35:00+00:00"}
    failed = clean_and_load(db, standard_run(
        tmp_path / "runs", "20241002T023000Z-bbbbbb", posts=[], comments=[], forms=[], drops=[],
        stats_json=stats(**day2, finish_reason="shutdown")))
    capped = clean_and_load(db, standard_run(
        tmp_path / "runs", "20241003T023000Z-cccccc", posts=[post(1, fetched_at="2024-10-03T02:31:00+00:00")],
        comments=[], forms=[], drops=[], capped=True,
        stats_json=stats(started_at="2024-10-03T02:30:00+00:00", finished_at="2024-10-03T02:35:00+00:00")))
    assert failed.status == "failed" and failed.posts_deleted == 0
    assert capped.status == "succeeded" and capped.posts_deleted == 0 and capped.comments_removed == 0
    _cols, rows = query(db, "SELECT count(*) FROM posts WHERE deleted_at IS NOT NULL")
    assert rows == [(0,)]
    _cols, rows = query(db, "SELECT run_id, status, failed_step, error FROM crawl_runs ORDER BY run_id")
    assert rows[1][1:] == ("failed", "crawl", "the crawl stopped early: shutdown")


def test_post_that_failed_to_download_is_not_deleted(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(tmp_path / "runs"))
    day2 = {"started_at": "2024-10-02T02:30:00+00:00", "finished_at": "2024-10-02T02:35:00+00:00"}
    result = clean_and_load(db, standard_run(
        tmp_path / "runs", "20241002T023000Z-bbbbbb",
        posts=[post(1, fetched_at="2024-10-02T02:31:00+00:00"), post(3, is_protected=True, body_text="",
                                                                    fetched_at="2024-10-02T02:31:00+00:00")],
        comments=[], forms=[], stats_json=stats(**day2),
        drops=[{"site": SITE, "url": post(2)["post_url"], "reason": "http_503", "detail": None,
                "fetched_at": "2024-10-02T02:32:00+00:00"}]))
    assert result.posts_deleted == 0


def test_reappearing_post_is_restored_and_older_run_loaded_late_does_not_win(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(tmp_path / "runs"))
    day = lambda d: {"started_at": f"2024-10-0{d}T02:30:00+00:00", "finished_at": f"2024-10-0{d}T02:35:00+00:00"}  # noqa: E731
    at = lambda r, d: {**r, "fetched_at": f"2024-10-0{d}T02:31:00+00:00"}  # noqa: E731
    clean_and_load(db, standard_run(tmp_path / "runs", "20241002T023000Z-bbbbbb", posts=[at(post(1), 2)],
                                    comments=[], forms=[], drops=[], stats_json=stats(**day(2))))
    clean_and_load(db, standard_run(tmp_path / "runs", "20241003T023000Z-cccccc",
                                    posts=[at(post(1), 3), at(post(2, title="Ny rubrik"), 3)],
                                    comments=[], forms=[], drops=[], stats_json=stats(**day(3))))
    _cols, rows = query(db, "SELECT title, deleted_at FROM posts WHERE wp_post_id = 2")
    assert rows == [("Ny rubrik", None)]
    # An older observation loaded afterwards changes no current value, only moves first_seen_at back.
    older = {"started_at": "2024-09-30T02:30:00+00:00", "finished_at": "2024-09-30T02:35:00+00:00"}
    clean_and_load(db, standard_run(tmp_path / "runs", "20240930T023000Z-dddddd",
                                    posts=[post(2, title="Gammal rubrik", fetched_at="2024-09-30T02:31:00+00:00")],
                                    comments=[], forms=[], drops=[], capped=True, stats_json=stats(**older)))
    _cols, rows = query(db, "SELECT title, first_seen_at, deleted_at FROM posts WHERE wp_post_id = 2")
    assert rows[0][0] == "Ny rubrik" and rows[0][1].isoformat() == "2024-09-30T02:31:00+00:00"
    assert rows[0][2] is None


def test_a_failed_load_rolls_back_and_a_rerun_converges(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch,
                                                        ) -> None:
    import warehouse.load as load_module

    run_dir = standard_run(tmp_path / "runs")
    clean_dir, manifest = clean_run_dir(run_dir)
    real = load_module.execute_file

    def failing(con: Any, relative: str, params: Any = None) -> int:
        if relative == "load/merge_comments.sql":
            raise RuntimeError("disk full (simulated)")
        return real(con, relative, params)

    monkeypatch.setattr(load_module, "execute_file", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        load_run(db, clean_dir)
    monkeypatch.undo()
    assert query(db, "SELECT count(*) FROM posts")[1] == [(0,)]  # rolled back whole
    manifest.status, manifest.failed_step, manifest.error = "failed", "load", "disk full (simulated)"
    record_failed_run(db, manifest)
    assert query(db, "SELECT status, failed_step FROM crawl_runs")[1] == [("failed", "load")]
    result = load_run(db, clean_dir)  # the retry loads everything
    assert not result.skipped and result.posts == 3
    assert query(db, "SELECT status, failed_step FROM crawl_runs")[1] == [("succeeded", None)]


def test_views_and_checks_on_a_clean_run(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(tmp_path / "runs"))
    with connect(db) as con:
        results = run_checks(con, "20241001T023000Z-aaaaaa")
    failed = [r for r in results if not r.passed]
    assert failed == []
    for view in ("theme_mentions", "theme_summary", "audit_comment_forms", "authors", "activity_by_month",
                 "most_discussed_posts", "int_post_sentences"):
        query(db, f"SELECT * FROM {view}")  # each view binds and runs
    _cols, rows = query(db, "SELECT post_url, comments_count, discussion_rank FROM most_discussed_posts "
                            "ORDER BY discussion_rank, post_url")
    assert rows[0][1:] == (2, 1)
    _cols, rows = query(db, "SELECT post_url, required_fields FROM audit_comment_forms ORDER BY post_url")
    assert len(rows) == 2
    _cols, rows = query(db, "SELECT column_name FROM (DESCRIBE int_post_sentences)")
    assert [r[0] for r in rows] == ["post_url", "sentence_no", "sentence", "language"]


def test_checks_catch_orphans_leaks_and_emails(tmp_path: Path, db: Path) -> None:
    clean_and_load(db, standard_run(
        tmp_path / "runs",
        comments=[comment(10, 1), comment(11, 1, parent=99), comment(12, 7),
                  comment(13, 3), comment(14, 2, author_name="anna@example.se")],
        posts=[post(1), post(2), post(3, is_protected=True, body_text=""),
               post(8, post_url=f"{SITE}?p=8&preview=true"), post(9, published_at="2031-01-01T08:00:00+00:00")]))
    # cleaning takes an e-mail address out of an author name (flows/cleaning.without_email); the check is the
    # backstop for whatever reaches the tables another way
    assert query(db, "SELECT author_name FROM comments WHERE wp_comment_id = 14")[1] == [(None,)]
    with connect(db) as con:
        con.execute("UPDATE comments SET author_name = 'anna@example.se' WHERE wp_comment_id = 14")
        failing = {r.name: r.failing_rows for r in run_checks(con) if not r.passed}
    assert failing == {"comments_without_parent": 1, "comments_without_post": 1, "comments_on_protected_posts": 1,
                       "personal_data_in_author_fields": 1, "posts_not_public": 1, "posts_dated_in_the_future": 1}
    # a post dated in the future is public where the blog serves it: a warning, never a night held back
    assert check_severity("posts_dated_in_the_future") == "warn" and check_severity("posts_not_public") == "error"
    # the check reads an address in the spellings cleaning takes out, and a website that is one
    for name, url in (("anna&#64;example.se", None), ("ＰＥＲ＠example.se", None), ("Anna", "http://anna@example.se"),
                      ("Anna", "https://example.se/?contact=lisa@example.se")):
        with connect(db) as con:
            con.execute("UPDATE comments SET author_name = ?, author_url = ? WHERE wp_comment_id = 14", [name, url])
            failing = {r.name: r.failing_rows for r in run_checks(con) if not r.passed}
        assert failing.get("personal_data_in_author_fields") == 1, (name, url)


def test_a_reply_whose_parent_was_unapproved_is_no_depth_failure(tmp_path: Path, db: Path) -> None:
    """A black-box tester's round 6: a comment unapproved one night (removed) while its reply stays public; the
    reply is shown at depth 1, as the blog shows it, and the depth check warned on an ordinary moderation night.
    A live reply at the wrong depth under a live parent still fails it."""
    clean_and_load(db, standard_run(tmp_path / "runs", comments=[comment(10, 1), comment(11, 1, parent=10)]))
    with connect(db) as con:
        con.execute("UPDATE comments SET depth = 2 WHERE wp_comment_id = 11")
        assert "comments_depth_consistent" not in {r.name for r in run_checks(con) if not r.passed}
        con.execute("UPDATE comments SET depth = 3 WHERE wp_comment_id = 11")
        assert {r.name: r.failing_rows for r in run_checks(con) if not r.passed}.get("comments_depth_consistent") == 1
        con.execute("UPDATE comments SET depth = 1, removed_at = now() WHERE wp_comment_id = 10")
        con.execute("UPDATE comments SET depth = 1 WHERE wp_comment_id = 11")
        assert "comments_depth_consistent" not in {r.name for r in run_checks(con) if not r.passed}


def test_missing_and_corrupt_databases_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="no database at"):
        query(tmp_path / "nope.duckdb", "SELECT 1")
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WarehouseError, match="not a readable DuckDB database|could not be opened"):
        query(corrupt, "SELECT 1")
    assert corrupt.read_bytes() == b"this is not a database" * 100  # left as it was


def test_sql_queries_are_read_only(db: Path) -> None:
    with pytest.raises(WarehouseError):
        query(db, "DELETE FROM posts")
    with pytest.raises(WarehouseError):
        query(db, "SELECT * FROM read_csv('/etc/passwd')")


@pytest.mark.parametrize("crawler_says", [{"is_capped": True}, {"is_capped": None}])
def test_a_crawl_capped_by_the_crawler_or_of_unknown_extent_never_marks_deletions(
        tmp_path: Path, db: Path, crawler_says: dict[str, Any]) -> None:
    """The crawler's own stats.json decides too: a request cap hit (or a stats.json that predates `is_capped`)
    is not a complete crawl, even when the flow asked for no cap."""
    clean_and_load(db, standard_run(tmp_path / "runs"))
    day2 = {"started_at": "2024-10-02T02:30:00+00:00", "finished_at": "2024-10-02T02:35:00+00:00"}
    stats_json = stats(**day2)
    if crawler_says["is_capped"] is None:
        del stats_json["is_capped"]
    else:
        stats_json.update(crawler_says)
    result = clean_and_load(db, standard_run(tmp_path / "runs", "20241002T023000Z-bbbbbb",
                                             posts=[post(1, fetched_at="2024-10-02T02:31:00+00:00")],
                                             comments=[], forms=[], drops=[], stats_json=stats_json))
    assert result.status == "succeeded" and result.posts_deleted == 0
    _cols, rows = query(db, "SELECT is_complete FROM crawl_runs WHERE run_id = '20241002T023000Z-bbbbbb'")
    assert rows == [(False,)]


def test_comments_closed_by_age_read_as_closed_though_rest_says_open(tmp_path: Path, db: Path) -> None:
    """Black-box round 8: WordPress closes comments on old posts at display time; REST keeps the stored "open", the
    page prints the closed notice and no form. current_posts says closed (the stored value stays, so incremental
    nights compare REST with REST), and the report's "closed" filter finds the post."""
    closed = form(2, is_present=False, is_open=False, form_kind=None, fields=[],
                  closed_notice="Kommentarer inaktiverade.")
    clean_and_load(db, standard_run(tmp_path / "runs", forms=[form(1), closed]))
    _cols, rows = query(db, "SELECT wp_post_id, comment_status FROM current_posts ORDER BY 1")
    assert rows[:2] == [(1, "open"), (2, "closed")]
    _cols, rows = query(db, "SELECT comment_status FROM posts WHERE wp_post_id = 2")
    assert rows == [("open",)]
    _cols, rows = query(db, sql_file("queries/report_posts.sql"), {"pages": 10, "body_chars": 100, "limit": 100})
    states = {row[_cols.index("post_url")]: row[_cols.index("form_state")] for row in rows}
    assert states[post(2)["post_url"]] == "closed" and states[post(1)["post_url"]] == "open"


def test_an_image_redirected_to_another_host_is_not_fetched_rather_than_broken(tmp_path: Path, db: Path) -> None:
    """Black-box round 8: an upload offloaded to a CDN answers 302 to another host, which the crawl does not follow;
    audit_media called it "broken: not an image (text/html)"."""
    run_dir = standard_run(tmp_path / "runs")
    image = {"site": SITE, "post_url": post(1)["post_url"], "wp_post_id": 1, "kind": "image", "position": 0,
             "alt_text": "Huset", "caption": None, "fetched_at": "2024-10-01T02:31:00+00:00"}
    moved, gone = f"{SITE}wp-content/uploads/flyttad.png", f"{SITE}wp-content/uploads/borta.png"
    (run_dir / "media.jsonl").write_text("".join(json.dumps({**image, "url": u, "position": i}) + "\n"
                                                 for i, u in enumerate((moved, gone))))
    fetch = {"site": SITE, "content_type": "text/html", "byte_count": 120, "width": None, "height": None,
             "is_image": False, "fetched_at": "2024-10-01T02:33:00+00:00"}
    (run_dir / "media_fetches.jsonl").write_text(json.dumps({**fetch, "url": moved, "status": 302}) + "\n"
                                                 + json.dumps({**fetch, "url": gone, "status": 404}) + "\n")
    clean_and_load(db, run_dir)
    _cols, rows = query(db, "SELECT url, is_broken, problem FROM audit_media ORDER BY position")
    assert rows[0] == (moved, False, "not fetched: redirected to another host (HTTP 302)")
    assert rows[1] == (gone, True, "broken: HTTP 404")
