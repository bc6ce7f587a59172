"""Snapshot publishing (warehouse/publish.py) through `wparchive load`: loads write the working copy; a run whose
checks pass is copied over the published file atomically; a failed run leaves it as it was; readers of the
published file are never locked out, even while a load holds the working copy.

The reader-loop test against the nightly flow is tests/test_publish_readers.py.
"""

from __future__ import annotations

import hashlib
import json
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.report_support import first_run, runner, second_run
from tests.test_warehouse_load import comment
from warehouse.db import WarehouseError, initialise, query
from warehouse.load import load_run
from warehouse.publish import PUBLISHED_MODE, prepare_working, publish, wal_path, working_path
from wparchive.cli import app

REPO = Path(__file__).resolve().parents[1]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _load(run_dir: Path, db: Path) -> object:
    return runner.invoke(app, ["load", str(run_dir), "--db", str(db)])


def test_layout_names() -> None:
    assert working_path(Path("data/archive.duckdb")) == Path("data/archive.work.duckdb")
    assert working_path("x/demo.db") == Path("x/demo.work.db")
    assert wal_path("data/archive.duckdb") == Path("data/archive.duckdb.wal")


def test_load_publishes_a_checkpointed_read_only_copy(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    result = _load(first_run(tmp_path / "runs"), db)
    assert result.exit_code == 0, result.output
    work = working_path(db)
    assert db.exists() and work.exists()
    assert not wal_path(db).exists() and not wal_path(work).exists()  # the published copy needs no log
    assert stat.S_IMODE(db.stat().st_mode) == PUBLISHED_MODE
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # no temporary file left behind
    assert query(db, "SELECT count(*) FROM posts")[1] == [(3,)]
    assert query(db, "SELECT count(*) FROM check_results")[1] == query(work, "SELECT count(*) FROM check_results")[1]
    # `status` and `sql` read the published file.
    status = runner.invoke(app, ["status", "--db", str(db)])
    assert status.exit_code == 0 and "20241001T023000Z-report" in status.output
    assert "3" in runner.invoke(app, ["sql", "SELECT count(*) AS n FROM posts", "--db", str(db)]).output


def test_a_run_with_failing_checks_leaves_the_published_file_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    assert _load(first_run(tmp_path / "runs"), db).exit_code == 0
    before = _sha256(db)
    bad = second_run(tmp_path / "runs")
    with open(bad / "comments.jsonl", "a", encoding="utf-8") as handle:  # a comment on a post nobody archived
        handle.write(json.dumps(comment(99, 7, fetched_at="2024-10-02T02:31:00+00:00")) + "\n")
    result = _load(bad, db)
    assert result.exit_code == 1 and "not published" in result.output
    assert _sha256(db) == before
    assert query(db, "SELECT count(*) FROM crawl_runs")[1] == [(1,)]
    # The working copy has the run (and its failed check), ready for the next run to fix and publish.
    assert query(working_path(db), "SELECT count(*) FROM crawl_runs")[1] == [(2,)]


def test_a_crash_before_publishing_leaves_the_published_file_as_it_was(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "archive.duckdb"
    assert _load(first_run(tmp_path / "runs"), db).exit_code == 0
    before = _sha256(db)

    def broken_copy(_work: Path, copy: Path) -> None:  # the disk fills up halfway through writing the copy
        copy.write_bytes(b"DUCK" * 1024)
        raise OSError("No space left on device")

    monkeypatch.setattr("warehouse.publish._copy_for_older_readers", broken_copy)
    with pytest.raises(OSError, match="No space left"):
        publish(working_path(db), db)
    assert _sha256(db) == before
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_an_archive_from_before_publishing_becomes_the_working_copy(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"  # written in place, as wparchive did before snapshot publishing
    initialise(db)
    from flows.rundir import clean_run_dir

    clean_dir, _manifest = clean_run_dir(first_run(tmp_path / "runs"))
    load_run(db, clean_dir)
    work = prepare_working(db)
    assert query(work, "SELECT count(*) FROM posts")[1] == [(3,)]
    assert _load(second_run(tmp_path / "runs"), db).exit_code == 0
    assert query(db, "SELECT count(*) FROM crawl_runs")[1] == [(2,)]


def test_publish_refuses_while_someone_writes_the_published_file(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    assert _load(first_run(tmp_path / "runs"), db).exit_code == 0
    wal_path(db).write_bytes(b"")  # what an analyst's read-write session leaves beside the file
    with pytest.raises(WarehouseError, match="open it read-only|read-write"):
        publish(working_path(db), db)


_HOLD_LOCK = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])            # read-write: DuckDB's exclusive lock, as a running load has
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO themes SELECT 'locked_' || theme, label_en, label_sv, description FROM themes")
    print("locked", flush=True)
    sys.stdin.readline()                         # hold it until the test says so
""")


def test_readers_are_not_locked_out_while_a_load_holds_the_working_copy(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    assert _load(first_run(tmp_path / "runs"), db).exit_code == 0
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(working_path(db))], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        # Analysts: the published file opens read-only at once (another process, as a DuckDB CLI would).
        reader = subprocess.run(
            [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
                                   "print(c.execute('SELECT count(*) FROM posts').fetchall()[0][0])", str(db)],
            capture_output=True, text=True, timeout=60, check=False)
        assert reader.returncode == 0 and reader.stdout.strip() == "3", reader.stderr
        assert runner.invoke(app, ["status", "--db", str(db)]).exit_code == 0
        assert runner.invoke(app, ["sql", "SELECT 1", "--db", str(db)]).exit_code == 0
        # A second load refuses at once, with the reason, before doing anything.
        second_dir = second_run(tmp_path / "runs")
        second = _load(second_dir, db)
        assert second.exit_code == 2 and "in use by another process" in second.output
    finally:
        holder.communicate("\n", timeout=30)
    # Once the lock is gone the load goes through and publishes.
    assert _load(second_dir, db).exit_code == 0
    assert query(db, "SELECT count(*) FROM crawl_runs")[1] == [(2,)]

