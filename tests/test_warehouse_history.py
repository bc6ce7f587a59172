"""History in the warehouse: post versions, deletions confirmed by the crawler, incremental runs, the audit of
changes per run, and the crawl state the incremental spider starts from — on hand-written run directories.

Day 1 is a full crawl of posts 1–3 (3 password-protected) with comments 10, 11 (a reply to 10) and 12; later days
are mostly incremental runs, which carry only the posts they re-fetched, each with all its comments.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from crawler.incremental import CrawlState
from flows.rundir import clean_run_dir
from tests.test_warehouse_load import SITE, clean_and_load, comment, form, make_run_dir, post, stats
from warehouse.db import build_views, connect, initialise, query, run_checks
from warehouse.load import load_run, record_failed_run
from warehouse.state import crawl_state, write_crawl_state

PROVIDERS = ["wordpress", "google", "facebook"]
GONE = "its address answers 404 Not Found"


def run_id(day: int) -> str:
    return f"202410{day:02d}T023000Z-{chr(96 + day) * 6}"


def seen(record: dict[str, Any], day: int) -> dict[str, Any]:
    return {**record, "fetched_at": f"2024-10-{day:02d}T02:31:00+00:00"}


def run(root: Path, day: int, *, posts: Sequence[dict[str, Any]] = (), comments: Sequence[dict[str, Any]] = (),
        forms: Sequence[dict[str, Any]] = (), drops: Sequence[dict[str, Any]] = (),
        mode: str | None = "incremental", **stats_overrides: Any) -> Path:
    """Day ``day``'s run directory; records are stamped with that day's fetch time."""
    stats_json = stats(started_at=f"2024-10-{day:02d}T02:30:00+00:00",
                       finished_at=f"2024-10-{day:02d}T02:35:00+00:00", **stats_overrides)
    if mode is not None:
        stats_json["mode"] = mode
    return make_run_dir(root, run_id(day), posts=[seen(p, day) for p in posts],
                        comments=[seen(c, day) for c in comments], forms=[seen(f, day) for f in forms],
                        drops=[{"site": SITE, "error": None, "fetched_at": f"2024-10-{day:02d}T02:32:00+00:00", **d}
                               for d in drops],
                        stats_json=stats_json)


def gone(n: int, status: int = 404) -> dict[str, Any]:
    """The crawler's confirmation that post ``n`` is gone: its own URL answered 404/410."""
    return {"url": post(n)["post_url"], "reason": f"gone_{status}", "detail": post(n)["post_url"]}


def baseline(root: Path, db: Path) -> None:
    clean_and_load(db, run(
        root, 1, mode=None,
        posts=[post(1), post(2), post(3, is_protected=True, body_text="")],
        comments=[comment(10, 1), comment(11, 1, parent=10), comment(12, 2)],
        forms=[form(1), form(2, login_providers=PROVIDERS),
               form(3, is_present=False, is_open=False, form_kind=None, fields=[])],
        discovery={"rest_comment_total": 3}))


def audit(db: Path, day: int) -> list[tuple[Any, ...]]:
    _cols, rows = query(db, "SELECT change_kind, post_url, wp_comment_id, title, detail FROM audit_changes "
                            "WHERE run_id = ? ORDER BY change_kind, post_url, wp_comment_id", [run_id(day)])
    return rows


def versions(db: Path, n: int) -> list[tuple[Any, ...]]:
    _cols, rows = query(db, "SELECT version_no, title, run_id, closed_run_id, closed_reason, valid_to IS NULL "
                            "FROM post_versions WHERE post_url = ? ORDER BY version_no", [post(n)["post_url"]])
    return rows


def everything(db: Path, *, but: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (except ``but``), sorted: equal snapshots mean nothing changed."""
    _cols, tables = query(db, "SELECT table_name FROM information_schema.tables "
                              "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1")
    out = {}
    for (table,) in tables:
        if table not in but:
            # Table names from the database's own catalogue.
            out[table] = sorted(query(db, f'SELECT * FROM "{table}"')[1], key=repr)
    return out


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "runs"


def test_the_first_run_is_the_baseline_every_post_and_comment_new(root: Path, db: Path) -> None:
    baseline(root, db)
    kinds = [(r[0], r[1], r[2]) for r in audit(db, 1)]
    assert kinds == sorted([("post_new", post(n)["post_url"], None) for n in (1, 2, 3)]
                           + [("comment_new", post(1)["post_url"], 10), ("comment_new", post(1)["post_url"], 11),
                              ("comment_new", post(2)["post_url"], 12)], key=repr)
    assert query(db, "SELECT DISTINCT is_baseline FROM audit_changes")[1] == [(True,)]
    assert versions(db, 1) == [(1, "Inlägg 1", run_id(1), None, None, True)]
    assert query(db, "SELECT mode FROM crawl_runs")[1] == [("full",)]  # no mode in stats.json: a full crawl


def test_an_edited_body_and_a_new_title_open_versions_and_say_what_changed(root: Path, db: Path) -> None:
    baseline(root, db)
    clean_and_load(db, run(
        root, 2,
        posts=[post(1, body_text=post(1)["body_text"] + " Mer i mars."), post(2, title="Ny rubrik")],
        comments=[comment(10, 1), comment(11, 1, parent=10), comment(12, 2)],
        forms=[form(1), form(2, login_providers=PROVIDERS)]))
    assert versions(db, 1) == [(1, "Inlägg 1", run_id(1), run_id(2), "edited", False),
                               (2, "Inlägg 1", run_id(2), None, None, True)]
    assert versions(db, 2)[-1][:2] == (2, "Ny rubrik")
    assert audit(db, 2) == [
        ("post_edited", post(1)["post_url"], None, "Inlägg 1", "body +12/−0 chars"),
        ("post_edited", post(2)["post_url"], None, "Ny rubrik", "title: 'Inlägg 2' → 'Ny rubrik'"),
    ]
    # The old version keeps its text and when it was valid; the new one starts where the old one ends.
    _cols, rows = query(db, "SELECT body_text, valid_from, valid_to FROM post_versions WHERE post_url = ? "
                            "ORDER BY version_no", [post(1)["post_url"]])
    assert rows[0][0] == post(1)["body_text"] and rows[0][2] == rows[1][1]
    assert rows[1][0].endswith("Mer i mars.")
    # A post the incremental run did not re-fetch is untouched, down to last_seen_at.
    _cols, rows = query(db, "SELECT last_seen_run_id FROM posts WHERE wp_post_id = 3")
    assert rows == [(run_id(1),)]


def test_a_body_edited_in_the_middle_counts_the_changed_stretch(root: Path, db: Path) -> None:
    baseline(root, db)
    body = post(1)["body_text"].replace("bästa initiativ", "årets bästa idé")
    clean_and_load(db, run(root, 2, posts=[post(1, body_text=body)], comments=[comment(10, 1), comment(11, 1, 10)],
                           forms=[form(1)]))
    # "bästa initiativ" → "årets bästa idé": common start "…för ", common end "." → 15 chars out, 15 in
    # ("bästa initiativ" vs "årets bästa idé", both 15 characters, nothing shared at their edges).
    assert audit(db, 2) == [("post_edited", post(1)["post_url"], None, "Inlägg 1", "body +15/−15 chars")]


def test_a_confirmed_404_deletes_the_post_in_any_run_and_a_restore_opens_a_new_version(root: Path, db: Path) -> None:
    baseline(root, db)
    # An incremental run that is not even complete (capped): the 404 on the post's own URL is a confirmation.
    result = clean_and_load(db, run(root, 2, drops=[gone(2)], is_capped=True))
    assert result.posts_deleted == 1 and result.comments_removed == 1  # comment 12 went with its post
    _cols, rows = query(db, "SELECT wp_post_id, deleted_at FROM posts ORDER BY 1")
    assert [r[0] for r in rows if r[1] is not None] == [2]
    assert rows[1][1].isoformat() == "2024-10-02T02:32:00+00:00"  # when the crawler saw the 404
    assert versions(db, 2) == [(1, "Inlägg 2", run_id(1), run_id(2), "gone_404", False)]
    # The comments that went with the post are told by the post's row, not one by one.
    assert audit(db, 2) == [("post_deleted", post(2)["post_url"], None, "Inlägg 2", GONE)]
    assert query(db, "SELECT removed_run_id FROM comments WHERE wp_comment_id = 12")[1] == [(run_id(2),)]

    clean_and_load(db, run(root, 3, posts=[post(2)], comments=[comment(12, 2)],
                           forms=[form(2, login_providers=PROVIDERS)]))
    assert versions(db, 2) == [(1, "Inlägg 2", run_id(1), run_id(2), "gone_404", False),
                               (2, "Inlägg 2", run_id(3), None, None, True)]
    assert audit(db, 3) == [("post_restored", post(2)["post_url"], None, "Inlägg 2", "text as before")]
    _cols, rows = query(db, "SELECT deleted_at FROM posts WHERE wp_post_id = 2")
    assert rows == [(None,)]
    _cols, rows = query(db, "SELECT removed_at, removed_run_id, first_seen_run_id FROM comments "
                            "WHERE wp_comment_id = 12")
    assert rows == [(None, None, run_id(1))]  # shown again, not new
    with connect(db) as con:
        assert [r.name for r in run_checks(con) if not r.passed] == []


def test_an_incremental_run_never_reads_absence_as_deletion(root: Path, db: Path) -> None:
    baseline(root, db)
    result = clean_and_load(db, run(root, 2, posts=[post(1)], comments=[comment(10, 1), comment(11, 1, 10)],
                                     forms=[form(1)]))
    assert result.posts_deleted == 0 and result.comments_removed == 0
    assert query(db, "SELECT count(*) FROM posts WHERE deleted_at IS NOT NULL")[1] == [(0,)]
    assert query(db, "SELECT mode, is_complete FROM crawl_runs WHERE run_id = ?", [run_id(2)])[1] == \
        [("incremental", True)]
    # The same crawl in full mode deletes what it did not see (post 2, and 3, the protected one).
    result = clean_and_load(db, run(root, 3, mode="full", posts=[post(1)],
                                    comments=[comment(10, 1), comment(11, 1, 10)], forms=[form(1)]))
    assert result.posts_deleted == 2
    assert {r[4] for r in audit(db, 3)} == {"not found by a complete full crawl"}



def test_a_full_crawl_whose_listing_failed_is_not_complete(root: Path, db: Path) -> None:
    """A REST listing page that failed to download leaves no drop, only discovery's failures: the posts and
    comments it listed would look deleted."""
    baseline(root, db)
    failed = {"sources": {"rest": 1, "failures": ["discovery answered HTTP 503"]}}
    result = clean_and_load(db, run(root, 2, mode="full", posts=[post(1)], comments=[comment(10, 1)],
                                    forms=[form(1)], discovery=failed))
    assert (result.posts_deleted, result.comments_removed) == (0, 0)
    assert query(db, "SELECT is_complete FROM crawl_runs WHERE run_id = ?", [run_id(2)])[1] == [(False,)]


def test_an_unknown_mode_never_reads_absence_as_deletion(root: Path, db: Path) -> None:
    baseline(root, db)
    result = clean_and_load(db, run(root, 2, mode="sampled", posts=[post(1)], comments=[comment(10, 1)],
                                    forms=[form(1)]))
    assert result.posts_deleted == 0
    assert query(db, "SELECT mode FROM crawl_runs WHERE run_id = ?", [run_id(2)])[1] == [("incremental",)]

def test_a_404_a_replay_invented_deletes_nothing(root: Path, db: Path) -> None:
    """A replay answers 404 for a URL its archive lacks (replay_not_archived): the site never said so."""
    baseline(root, db)
    hole = {"url": post(2)["post_url"], "reason": "replay_not_archived", "detail": None}
    result = clean_and_load(db, run(root, 2, drops=[hole, gone(2)]))
    assert result.posts_deleted == 0


def test_a_post_read_under_a_new_address_has_moved(root: Path, db: Path) -> None:
    baseline(root, db)
    new_url = f"{SITE}2024/02/02/nytt-namn/"
    clean_and_load(db, run(root, 2, posts=[post(1, post_url=new_url)],
                           comments=[comment(10, 1, post_url=new_url), comment(11, 1, 10, post_url=new_url)],
                           forms=[form(1, post_url=new_url)]))
    assert audit(db, 2) == [("post_deleted", post(1)["post_url"], None, "Inlägg 1", f"moved to {new_url}"),
                            ("post_new", new_url, None, "Inlägg 1", None)]
    with connect(db) as con:
        failing = [r.name for r in run_checks(con) if not r.passed]
    assert "posts_duplicate_wp_post_id" not in failing and "post_versions_one_current" not in failing


def test_new_comments_and_replies_and_a_deleted_comment_on_a_read_post(root: Path, db: Path) -> None:
    baseline(root, db)
    result = clean_and_load(db, run(
        root, 2, posts=[post(1)],
        comments=[comment(10, 1), comment(13, 1, body_text="Håller med.\nHelt och hållet!"),
                  comment(14, 1, parent=13, author_name="Bo")],  # 11 was deleted
        forms=[form(1)]))
    assert result.comments_removed == 1
    assert audit(db, 2) == [
        ("comment_new", post(1)["post_url"], 13, "Inlägg 1", "Läsare 13: Håller med. Helt och hållet!"),
        ("comment_new", post(1)["post_url"], 14, "Inlägg 1", "reply to 13 · Bo: Bra skrivet! (14)"),
        ("comment_removed", post(1)["post_url"], 11, "Inlägg 1", "reply to 10 · Läsare 11: Bra skrivet! (11)"),
    ]
    _cols, rows = query(db, "SELECT wp_comment_id, first_seen_run_id, removed_run_id FROM comments ORDER BY 1")
    assert rows == [(10, run_id(1), None), (11, run_id(1), run_id(2)), (12, run_id(1), None),
                    (13, run_id(2), None), (14, run_id(2), None)]


def test_a_comment_page_that_failed_removes_nothing(root: Path, db: Path) -> None:
    baseline(root, db)
    failed = {"url": post(1)["post_url"] + "comment-page-2/", "reason": "comment_page_failed",
              "detail": post(1)["post_url"], "error": "timed out"}
    result = clean_and_load(db, run(root, 2, posts=[post(1)], comments=[comment(10, 1)], forms=[form(1)],
                                    drops=[failed]))
    assert result.comments_removed == 0


def test_comment_forms_closed_and_a_provider_gone(root: Path, db: Path) -> None:
    baseline(root, db)
    clean_and_load(db, run(
        root, 2,
        posts=[post(1, comment_status="closed"), post(2)],
        comments=[comment(10, 1), comment(11, 1, parent=10), comment(12, 2)],
        forms=[form(1, is_open=False, fields=[], closed_notice="Kommentarer är stängda."),
               form(2, login_providers=["wordpress", "google"])]))
    assert audit(db, 2) == [
        ("form_changed", post(2)["post_url"], None, "Inlägg 2", "log-in providers −facebook"),
        ("form_closed", post(1)["post_url"], None, "Inlägg 1",
         "closed: 'Kommentarer är stängda.'; required fields −comment −author −email; "
         "fields −comment −author −email −url"),
    ]
    clean_and_load(db, run(root, 3, posts=[post(1)], comments=[comment(10, 1), comment(11, 1, parent=10)],
                           forms=[form(1, login_providers=["google"], requires_login=True)]))
    assert audit(db, 3) == [
        ("form_opened", post(1)["post_url"], None, "Inlägg 1",
         "opened; log-in now required; log-in providers +google; required fields +comment +author +email; "
         "fields +comment +author +email +url"),
    ]


def test_an_incremental_run_with_nothing_in_it_changes_only_its_bookkeeping(root: Path, db: Path) -> None:
    baseline(root, db)
    clean_and_load(db, run(root, 2, posts=[post(1, title="Ändrad")], comments=[comment(10, 1), comment(11, 1, 10)],
                           forms=[form(1)]))
    with connect(db) as con:
        run_checks(con, run_id(2))
    before = everything(db)
    result = clean_and_load(db, run(root, 3, discovery={"rest_comment_total": 3}))
    with connect(db) as con:
        build_views(con)
        run_checks(con, run_id(3))
    assert not result.skipped and result.posts == 0
    after = everything(db)
    assert {t for t in after if after[t] != before[t]} == {"crawl_runs", "check_results"}
    assert audit(db, 3) == []


def test_loading_a_run_twice_changes_nothing_even_from_scratch(root: Path, db: Path) -> None:
    baseline(root, db)
    run_dir = run(root, 2, posts=[post(1, body_text="Helt ny text."), post(2, title="Ny rubrik")],
                  comments=[comment(10, 1), comment(13, 1), comment(12, 2)], forms=[form(1), form(2)],
                  drops=[gone(3)])
    clean_and_load(db, run_dir)
    before = everything(db)
    assert clean_and_load(db, run_dir).skipped
    assert everything(db) == before
    # Recorded as a failed load (say the task died after the commit), the run is loaded again from scratch: the
    # history converges to the same rows.
    clean_dir, manifest = clean_run_dir(run_dir)
    manifest.status, manifest.failed_step, manifest.error = "failed", "load", "lost (simulated)"
    record_failed_run(db, manifest)
    assert not load_run(db, clean_dir).skipped
    history = ("posts", "post_versions", "comments", "comment_forms", "post_sentences", "sentence_themes")
    after = everything(db)
    assert {t: after[t] for t in history} == {t: before[t] for t in history}


def test_crawl_state_round_trips_into_the_crawler(root: Path, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "state" / "crawl_state.json"
    assert write_crawl_state(db, SITE, out) is None and not out.exists()  # no run yet: the next crawl is full
    clean_and_load(db, run(
        root, 1, mode=None,
        posts=[post(1, modified_at="2024-09-30T20:15:00+00:00"), post(2), post(3, is_protected=True, body_text="")],
        comments=[comment(10, 1), comment(11, 1, parent=10), comment(12, 2),
                  comment(15, 1, comment_type="pingback", author_name="En annan blogg")],
        forms=[form(1), form(2), form(3)], discovery={"rest_comment_total": 3}))
    clean_and_load(db, run(root, 2, posts=[post(1, modified_at="2024-10-01T20:15:00+00:00")],
                           comments=[comment(10, 1), comment(15, 1, comment_type="pingback")],  # 11 deleted
                           forms=[form(1)], drops=[gone(2)], discovery={"rest_comment_total": 1}))
    assert write_crawl_state(db, SITE, out) == out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["site"] == SITE and data["last_run_id"] == run_id(2) and data["rest_comment_total"] == 1
    assert [p["wp_post_id"] for p in data["posts"]] == [1, 3]  # post 2 is deleted
    assert data["posts"][0] == {"wp_post_id": 1, "post_url": post(1)["post_url"],
                                "modified_at": "2024-10-01T20:15:00+00:00", "comment_status": "open",
                                "is_protected": False, "comment_ids": [10]}  # no pingback, nothing removed
    assert data["posts"][1]["comment_ids"] == [] and data["posts"][1]["is_protected"] is True
    state = CrawlState.read(out)
    assert state.rest_comment_total == 1 and sorted(state.posts) == [1, 3]
    assert state.posts[1].comment_ids == frozenset({10}) and state.posts[1].modified_at == "2024-10-01T20:15:00+00:00"


def test_crawl_state_withholds_the_comment_total_after_an_incomplete_run(root: Path, db: Path) -> None:
    baseline(root, db)
    assert crawl_state(db, SITE)["rest_comment_total"] == 3
    clean_and_load(db, run(root, 2, discovery={"rest_comment_total": 4},
                           drops=[{"url": post(1)["post_url"], "reason": "download_failed",
                                   "detail": post(1)["post_url"]}]))
    state = crawl_state(db, SITE)
    assert state["last_run_id"] == run_id(2) and state["rest_comment_total"] is None
    clean_and_load(db, run(root, 3, discovery={"rest_comment_total": 4}, is_capped=True))
    assert crawl_state(db, SITE)["rest_comment_total"] is None
    clean_and_load(db, run(root, 4, discovery={"rest_comment_total": 4}, finish_reason="shutdown"))
    assert crawl_state(db, SITE)["last_run_id"] == run_id(3)  # a failed crawl is not a state to start from


def test_an_archive_from_before_history_is_filled_in(root: Path, db: Path) -> None:
    baseline(root, db)
    clean_and_load(db, run(root, 2, mode="full", posts=[post(1), post(3, is_protected=True, body_text="")],
                           comments=[comment(10, 1)], forms=[form(1), form(3)]))
    expected = everything(db, but=("check_results",))
    with connect(db) as con:  # what an archive written before issue 5 lacks
        con.execute("DELETE FROM post_versions")
        con.execute("ALTER TABLE comments DROP COLUMN first_seen_run_id")
        con.execute("ALTER TABLE comments DROP COLUMN removed_run_id")
        con.execute("ALTER TABLE crawl_runs DROP COLUMN mode")
        con.execute("ALTER TABLE crawl_runs DROP COLUMN is_interrupted")  # newer still: such an archive lacks it too
    initialise(db)
    assert everything(db, but=("check_results",)) == expected
    with connect(db) as con:
        assert [r.name for r in run_checks(con) if not r.passed] == []
