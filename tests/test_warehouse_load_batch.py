"""Loading many runs in one batch (``load_runs``: one transaction, each statement once for the batch) gives the same
tables, row for row, as loading them one by one; a run whose cleaned data is bad fails alone and the others land."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crawler.outputs import CRAWL_STATE_FILE
from flows.rundir import RunRequest, clean_run_dir, failed_manifest
from tests.test_warehouse_load import comment, form, post, stats, write_crawler_files
from warehouse.db import SCHEMA, initialise, query
from warehouse.load import _with_run_no, load_run, load_runs, record_failed_run

SITES = 50
# Columns set to the time of loading (or of creating the database): they differ between any two loads.
LOAD_TIMES = {"loaded_at", "added_at", "updated_at", "quarantined_at", "built_at"}
NIGHTS = (("20241001T023000Z-aaaaaa", "2024-10-01"), ("20241002T023000Z-bbbbbb", "2024-10-02"))


def site_url(i: int) -> str:
    return f"https://blog{i}.example/"


def night_records(i: int, night: int) -> dict[str, Any]:
    """Site ``i``'s crawl on night 0 or 1. Night 1 varies by site: a post gone from a complete full crawl, an edited
    title, a deleted comment, a 404 on a post's own URL, or nothing changed."""
    day = NIGHTS[night][1]
    when = {"fetched_at": f"{day}T02:31:00+00:00"}
    posts = [post(n, **when) for n in range(1, 2 + i % 3)] + [post(9, **when)]
    comments = [comment(10, 1, **when), comment(11, 1, parent=10, **when), comment(12, 9, **when)]
    drops: list[dict[str, Any]] = []
    raw_lines = {"posts.jsonl": ['{"post_url": "https://blog.example/torn/", "title": "Halv']} if i % 7 == 0 else {}
    if night == 1:
        change = i % 5
        if change == 0:
            posts = [p for p in posts if p["wp_post_id"] != 9]
            comments = [c for c in comments if c["wp_post_id"] != 9]
        elif change == 1:
            posts[0] = {**posts[0], "title": f"Ny rubrik {i}"}
        elif change == 2:
            comments = [c for c in comments if c["wp_comment_id"] != 12]
        elif change == 3:
            posts = [p for p in posts if p["wp_post_id"] != 9]
            comments = [c for c in comments if c["wp_post_id"] != 9]
            drops = [{"url": post(9)["post_url"], "reason": "gone_404", "detail": post(9)["post_url"],
                      "fetched_at": f"{day}T02:32:00+00:00"}]
    return {"posts": posts, "comments": comments, "forms": [form(p["wp_post_id"], **when) for p in posts],
            "drops": drops, "raw_lines": raw_lines,
            "stats_json": stats(started_at=f"{day}T02:30:00+00:00", finished_at=f"{day}T02:35:00+00:00")}


def cleaned_night(root: Path, night: int) -> list[Path]:
    run_id = NIGHTS[night][0]
    dirs = []
    for i in range(SITES):
        run_dir = root / run_id / f"blog{i}"
        RunRequest(run_id=run_id, site_url=site_url(i), site_name=f"Blogg {i}", language="sv").write(run_dir)
        write_crawler_files(run_dir, site=site_url(i), **night_records(i, night))
        dirs.append(clean_run_dir(run_dir)[0])
    return dirs


def tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every warehouse table without the load-time columns, sorted."""
    out = {}
    for table in SCHEMA:
        columns, _rows = query(db, f"SELECT * FROM {table} LIMIT 0")  # names from the fixed SCHEMA tuple
        kept = ", ".join(f'"{c}"' for c in columns if c not in LOAD_TIMES)
        out[table] = sorted(query(db, f"SELECT {kept} FROM {table}")[1], key=repr)
    return out


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> list[list[Path]]:
    root = tmp_path_factory.mktemp("batch-runs")
    return [cleaned_night(root, 0), cleaned_night(root, 1)]


@pytest.fixture(scope="module")
def one_at_a_time(tmp_path_factory: pytest.TempPathFactory, nights: list[list[Path]],
                  ) -> list[dict[str, list[tuple[Any, ...]]]]:
    """The tables after each night, its runs loaded one by one (a transaction each, as ``load_run`` does)."""
    db = tmp_path_factory.mktemp("one-at-a-time") / "single.duckdb"
    initialise(db)
    after = []
    for dirs in nights:
        assert not any(isinstance(r, Exception) for r in load_runs(db, dirs, max_batch_runs=1))
        after.append(tables(db))
    return after


def test_a_batch_loads_the_same_rows_as_one_run_at_a_time(
        tmp_path: Path, nights: list[list[Path]], one_at_a_time: list[dict[str, list[tuple[Any, ...]]]]) -> None:
    batched = tmp_path / "batched.duckdb"
    initialise(batched)
    for dirs, expected in zip(nights, one_at_a_time, strict=True):
        results = load_runs(batched, dirs)
        assert [r.site for r in results if not isinstance(r, Exception)] == [site_url(i) for i in range(SITES)]
        assert tables(batched) == expected
    # The second night did what it varies by, so the comparison covered deletions, versions and removals.
    assert query(batched, "SELECT count(*) FROM posts WHERE deleted_at IS NOT NULL")[1] == [(20,)]
    assert query(batched, "SELECT count(*) FROM post_versions WHERE closed_reason = 'edited'")[1] == [(10,)]
    assert query(batched, "SELECT count(*) FROM comments WHERE removed_run_id IS NOT NULL")[1] == [(30,)]
    assert query(batched, "SELECT count(*) FROM quarantine")[1] == [(2 * 8,)]
    _cols, per_run = query(batched, "SELECT posts_deleted_count, comments_removed_count FROM crawl_runs "
                                     "WHERE run_id = ? AND site = ?", [NIGHTS[1][0], site_url(3)])
    assert per_run == [(1, 1)]  # the 404'd post and its comment, counted for that run alone
    before = tables(batched)
    again = load_runs(batched, nights[1])  # the same night again: nothing changes
    assert all(not isinstance(r, Exception) and r.skipped for r in again)
    assert tables(batched) == before


def test_one_bad_run_fails_alone_and_a_rerun_converges(
        tmp_path: Path, nights: list[list[Path]], one_at_a_time: list[dict[str, list[tuple[Any, ...]]]]) -> None:
    db = tmp_path / "batched.duckdb"
    initialise(db)
    dirs = nights[0]
    bad = dirs[17] / "comments.jsonl"
    good_text = bad.read_text()
    bad.write_text(good_text.replace('"wp_comment_id": 11', '"wp_comment_id": "elva"', 1))
    try:
        results = load_runs(db, dirs)
        failed = [i for i, r in enumerate(results) if isinstance(r, Exception)]
        assert failed == [17]
        assert "elva" in str(results[17])
        assert str(bad) in str(results[17])  # the run's own file, not the batch's copy of it
        assert query(db, "SELECT count(*) FROM crawl_runs")[1] == [(SITES - 1,)]
        assert query(db, "SELECT count(*) FROM posts WHERE site = ?", [site_url(17)])[1] == [(0,)]
        # The flow records the failure with its reason, as for any site whose load failed.
        request = RunRequest.read(dirs[17].parent)
        assert request is not None
        record_failed_run(db, failed_manifest(dirs[17].parent, request, "load", f"loading failed: {results[17]}"))
        _cols, rows = query(db, "SELECT status, failed_step, error FROM crawl_runs WHERE site = ?", [site_url(17)])
        assert rows[0][:2] == ("failed", "load") and "elva" in rows[0][2]
    finally:
        bad.write_text(good_text)
    # Re-running the whole batch loads the repaired run and skips the 49 already there.
    results = load_runs(db, dirs)
    assert [i for i, r in enumerate(results) if not isinstance(r, Exception) and not r.skipped] == [17]
    assert tables(db) == one_at_a_time[0]


def test_runs_of_one_site_and_shared_posts_load_as_in_order(tmp_path: Path, nights: list[list[Path]]) -> None:
    """Two nights of one site in one call, and a site that lists another site's post: the same rows as loading
    the runs one after the other in the given order."""
    copy_site = "https://copy.example/"
    shared_url = post(1)["post_url"].replace("https://blog.example/", site_url(1))
    copy_run = tmp_path / "copy" / NIGHTS[1][0] / "copy"
    RunRequest(run_id=NIGHTS[1][0], site_url=copy_site, site_name="Kopian").write(copy_run)
    records = night_records(1, 1)
    write_crawler_files(copy_run, **{**records, "posts": [{**records["posts"][0], "post_url": shared_url}],
                                     "comments": [], "forms": []}, site=copy_site)
    copy_dir = clean_run_dir(copy_run)[0]
    order = [nights[0][1], copy_dir, nights[0][2], nights[1][1], nights[1][2]]
    batched, single = tmp_path / "batched.duckdb", tmp_path / "single.duckdb"
    initialise(batched)
    initialise(single)
    assert not any(isinstance(r, Exception) for r in load_runs(batched, order))
    for clean_dir in order:
        load_run(single, clean_dir)
    assert tables(batched) == tables(single)
    # blog1's second night, loaded last, read the post again: it is blog1's, with that night's edited title.
    assert query(batched, "SELECT site, title FROM posts WHERE post_url = ?", [shared_url])[1] == [
        (site_url(1), "Ny rubrik 1")]


def test_manifest_rows_keep_the_crawlers_stats(tmp_path: Path, nights: list[list[Path]]) -> None:
    db = tmp_path / "one.duckdb"
    initialise(db)
    load_run(db, nights[0][0])
    (stats_text,) = query(db, "SELECT stats FROM crawl_runs")[1][0]
    assert json.loads(stats_text)["requests"] == 40


def test_batches_cut_by_bytes_load_the_same_rows(
        tmp_path: Path, nights: list[list[Path]], one_at_a_time: list[dict[str, list[tuple[Any, ...]]]]) -> None:
    """A night too big for one batch's bytes loads in several, each run once, with the same rows."""
    batched = tmp_path / "batched.duckdb"
    initialise(batched)
    night_bytes = sum(path.stat().st_size for clean_dir in nights[0] for path in clean_dir.glob("*.jsonl"))
    for dirs, expected in zip(nights, one_at_a_time, strict=True):
        results = load_runs(batched, dirs, max_batch_bytes=night_bytes // 7)
        assert not any(isinstance(r, Exception) or r.skipped for r in results)
        assert tables(batched) == expected
    _cols, rows = query(batched, "SELECT count(DISTINCT loaded_at) FROM crawl_runs")
    assert 7 <= rows[0][0] <= 2 * 10  # several transactions a night, not one and not one a run


def test_run_no_is_added_to_each_line_of_a_cleaned_file() -> None:
    assert _with_run_no(b'{"a": 1}\n{"b": "}"}\n', 7) == b'{"a": 1,"run_no":7}\n{"b": "}","run_no":7}\n'
    assert _with_run_no(b'{}\n{ } \n', 2) == b'{"run_no":2}\n{"run_no":2}\n'
    assert _with_run_no(b'{"a": 1}', 3) == b'{"a": 1,"run_no":3}\n'  # no final newline
    # A line that is not an object (a torn write) stays as it is, on its own line number, for read_json to reject.
    torn = _with_run_no(b'{"a": 1}\n\n{"post_url": "https://x/", "title": "Hal\n{"c": 2}\n', 4)
    assert torn.split(b"\n")[1:3] == [b"", b'{"post_url": "https://x/", "title": "Hal']


def test_a_crawl_that_failed_before_writing_its_mode_is_recorded_in_the_mode_it_was_asked_for(tmp_path: Path) -> None:
    """A black-box tester's round 5: an incremental night whose crawl failed at robots.txt was recorded as a "full
    crawl" (its stats.json never said otherwise)."""
    request = RunRequest(run_id="20240301T020000Z-aaaaaa", site_url=site_url(1), site_name="blogg")
    incremental, full = tmp_path / "incremental", tmp_path / "full"
    for run_dir in (incremental, full):
        request.write(run_dir)
    (incremental / CRAWL_STATE_FILE).write_text('{"posts": [], "rest_comment_total": null}')
    error = "robots.txt answered HTTP 503"
    assert failed_manifest(incremental, request, "crawl", error).mode == "incremental"
    assert failed_manifest(full, request, "crawl", error).mode == "full"
