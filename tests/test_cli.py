"""The `wparchive` commands this pipeline adds: run, load, status, sql — happy paths and clear failures.

`run` against sites that fail (unreachable, not WordPress) goes through the real crawler and Prefect in a
subprocess; the rest runs in-process through Typer's runner.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.loopback import loopback_site
from tests.test_warehouse_load import standard_run
from warehouse.db import query
from wparchive.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner(env={"COLUMNS": "250"})  # wide enough that rich wraps no cell


def test_load_status_and_sql(tmp_path: Path) -> None:
    run_dir = standard_run(tmp_path / "runs")
    db = tmp_path / "archive.duckdb"
    first = runner.invoke(app, ["load", str(run_dir), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "3 posts, 3 comments, 3 comment forms, 0 quarantined" in first.output
    again = runner.invoke(app, ["load", str(run_dir), "--db", str(db)])
    assert again.exit_code == 0 and "already loaded: nothing changed" in again.output
    status = runner.invoke(app, ["status", "--db", str(db)])
    assert status.exit_code == 0, status.output
    assert "succeeded" in status.output and "all passed" in status.output
    result = runner.invoke(app, ["sql", "SELECT wp_post_id, title FROM posts ORDER BY 1", "--db", str(db),
                                 "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines()[:2] == ["wp_post_id,title", "1,Inlägg 1"]
    table = runner.invoke(app, ["sql", "SELECT theme, month, posts FROM theme_summary", "--db", str(db)])
    assert table.exit_code == 0 and "theme" in table.output


def test_sql_is_read_only_and_errors_are_clear(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    assert runner.invoke(app, ["load", str(standard_run(tmp_path / "runs")), "--db", str(db)]).exit_code == 0
    before = query(db, "SELECT count(*) FROM posts")[1]
    result = runner.invoke(app, ["sql", "DELETE FROM posts", "--db", str(db)])
    assert result.exit_code == 2 and "read-only" in result.output.lower()
    assert query(db, "SELECT count(*) FROM posts")[1] == before
    result = runner.invoke(app, ["sql", "SELECT * FROM no_such_table", "--db", str(db)])
    assert result.exit_code == 2 and "no_such_table" in result.output
    # a query with no statement (a .sql file whose query is commented out) is an error, not a traceback
    for args, stdin in ((["sql", "-- bara en kommentar"], None), (["sql", ";"], None), (["sql", "-"], "")):
        result = runner.invoke(app, [*args, "--db", str(db)], input=stdin)
        assert result.exit_code == 2 and "no statement" in result.output, (args, result.output)


def test_sql_takes_a_file_stdin_and_sql_that_begins_with_a_comment(tmp_path: Path) -> None:
    db = tmp_path / "archive.duckdb"
    assert runner.invoke(app, ["load", str(standard_run(tmp_path / "runs")), "--db", str(db)]).exit_code == 0
    example = REPO / "warehouse" / "examples" / "02_most_discussed_posts.sql"
    text = example.read_text(encoding="utf-8")
    assert text.startswith("-- ")
    want = runner.invoke(app, ["sql", "--db", str(db), "--format", "csv", "--", text])  # the old work-around
    assert want.exit_code == 0 and want.output.startswith("discussion_rank,title"), want.output
    for args, stdin in ((["sql", text], None), (["sql", str(example)], None), (["sql", "-f", str(example)], None),
                        (["sql", "-"], text), (["sql", "--db", str(db), text], None)):
        if "--db" not in args:
            args = [*args, "--db", str(db)]
        result = runner.invoke(app, [*args, "--format", "csv"], input=stdin)
        assert result.exit_code == 0 and result.output == want.output, (args, result.output)
    missing = runner.invoke(app, ["sql", str(tmp_path / "nope.sql"), "--db", str(db)])
    assert missing.exit_code == 2 and "cannot read" in missing.output and "nope.sql" in missing.output


def test_missing_and_corrupt_databases(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    for args in (["status", "--db", str(missing)], ["sql", "SELECT 1", "--db", str(missing)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "no database at" in result.output
    assert not missing.exists()
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\x00garbage" * 512)
    for args in (["status", "--db", str(corrupt)], ["run", "http://127.0.0.1:9/", "--db", str(corrupt)],
                 ["load", str(standard_run(tmp_path / "runs")), "--db", str(corrupt)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "not a readable DuckDB database" in result.output, result.output
    assert corrupt.read_bytes() == b"\x00garbage" * 512  # untouched


def test_status_and_sql_point_at_an_unpublished_working_copy(tmp_path: Path) -> None:
    from warehouse.publish import working_path

    db = tmp_path / "archive.duckdb"
    assert runner.invoke(app, ["load", str(standard_run(tmp_path / "runs")), "--db", str(db)]).exit_code == 0
    db.rename(working_path(db))  # what a first run whose data checks failed leaves behind
    for args in (["status", "--db", str(db)], ["sql", "SELECT 1", "--db", str(db)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "has not been published yet" in result.output, result.output
        assert str(working_path(db)) in result.output.replace("\n", "")
    result = runner.invoke(app, ["status", "--db", str(working_path(db))])  # the copy it points at opens
    assert result.exit_code == 0 and "recent runs" in result.output


@pytest.mark.parametrize("url", ["blog.example", "ftp://blog.example/", "http://", "https://bad host/"])
def test_run_rejects_a_bad_url_before_doing_anything(tmp_path: Path, url: str) -> None:
    db = tmp_path / "archive.duckdb"
    result = runner.invoke(app, ["run", url, "--db", str(db), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 2 and ("not a web address" in result.output or "invalid host" in result.output)
    assert not db.exists() and not (tmp_path / "data").exists()


def test_load_of_a_missing_run_dir(tmp_path: Path) -> None:
    result = runner.invoke(app, ["load", str(tmp_path / "nope"), "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 2 and "no run directory" in result.output
    assert not (tmp_path / "a.duckdb").exists()


@pytest.fixture
def not_wordpress() -> Iterator[str]:
    """A loopback web site that is plainly not WordPress."""
    body = b"<html><head><title>Static</title></head><body><p>Just a page.</p></body></html>"
    with loopback_site(lambda _request: (200, {"Content-Type": "text/html; charset=utf-8"}, body)) as url:
        yield url


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket closes


def test_run_reports_unreachable_and_non_wordpress_sites(tmp_path: Path, not_wordpress: str) -> None:
    unreachable = f"http://127.0.0.1:{_closed_port()}/"
    db = tmp_path / "archive.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"))
    config = tmp_path / "sites.toml"
    config.write_text("")  # no configured sites: only the URLs given
    completed = subprocess.run(
        [sys.executable, "-m", "wparchive.cli", "run", unreachable, not_wordpress, "--db", str(db),
         "--data-dir", str(tmp_path / "data"), "--config", str(config), "--profile", "fast"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert "unreachable" in output and "does not look like a WordPress site" in output
    _cols, rows = query(db, "SELECT site, status, failed_step, error FROM crawl_runs ORDER BY site")
    assert [(r[1], r[2]) for r in rows] == [("failed", "crawl"), ("failed", "crawl")]
    assert query(db, "SELECT count(*) FROM posts")[1] == [(0,)]


def test_crawl_is_quiet_and_exits_2_when_the_site_cannot_be_archived(tmp_path: Path, not_wordpress: str) -> None:
    from wparchive.demo.snapshot import DEMO_SITE, serve_snapshot

    with serve_snapshot(DEMO_SITE) as url:  # the polite default profile, whose Scrapy log says every request
        done = subprocess.run([sys.executable, "-m", "wparchive.cli", "crawl", url, "--out", str(tmp_path / "ok"),
                               "--max-posts", "1"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and len(done.stdout.splitlines()) == 1, done.stdout + done.stderr
    assert done.stdout.startswith(f"{tmp_path / 'ok'}: 1 posts, ")
    bad = subprocess.run([sys.executable, "-m", "wparchive.cli", "crawl", not_wordpress, "--out",
                          str(tmp_path / "bad"), "--profile", "fast"], cwd=REPO, capture_output=True, text=True,
                         timeout=300)
    assert bad.returncode == 2, bad.stdout + bad.stderr
    assert bad.stderr.splitlines() == [line for line in bad.stderr.splitlines() if line.startswith("wparchive: ")]
    assert "does not look like a WordPress site" in bad.stderr


def test_the_readme_lists_the_exit_codes_the_commands_use() -> None:
    from wparchive.cli import EXIT_LOCKED
    from wparchive.supervise import EXIT_SIGNALLED

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    codes = [int(line.split("|")[1].strip(" `")) for line in table.splitlines() if line.startswith("| `")]
    assert codes == [0, 1, 2, EXIT_LOCKED, *sorted(EXIT_SIGNALLED.values())]
    assert "otherwise the run fails with that message and exit code 2" not in readme


@pytest.mark.wordpress
def test_status_fits_80_columns_with_site_names_and_the_crawl_mode(
        incremental_testbed_archives: tuple[Path, Path]) -> None:
    incremental, _full = incremental_testbed_archives
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["status", "--db", str(incremental)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80, "\n".join(line for line in lines if len(line) > 80)
    runs = [line.split() for line in lines if "testbed-tt1" in line and "succeeded" in line]
    # newest first: the incremental run (its counts are of the 3 posts it re-read; the trashed one marked deleted)
    want = query(incremental, "SELECT CASE mode WHEN 'incremental' THEN 'incr.' ELSE mode END, status, "
                              "posts_count, comments_count, posts_deleted_count, quarantined_count "
                              "FROM crawl_runs ORDER BY loaded_at DESC")[1]
    assert [row[3:] for row in runs] == [[str(v) for v in row] for row in want], runs
    assert [row[3:5] + row[7:8] for row in runs] == [["incr.", "succeeded", "1"], ["full", "succeeded", "0"]]
    assert runs[0][5] == "3"
    contents = lines[next(i for i, line in enumerate(lines) if line.startswith("archive contents")):]
    assert any(line.split()[:3] == ["testbed-tt1", "19", "1"] for line in contents), "\n".join(contents)
    assert "http" not in "\n".join(contents)


def test_reading_commands_on_a_duckdb_file_that_is_no_archive(tmp_path: Path) -> None:
    """Black-box round 10: an empty DuckDB file gave `forget --dry-run` a traceback, `export` "exported 0
    relations" with exit 0, and `status` DuckDB's "Did you mean pg_class?"; `forget` on a missing file said
    "0 comment(s)" with exit 0; `export --since` blamed `--as-of`. Each now says what is wrong, exit 2."""
    import duckdb

    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    for args in (["status"], ["report"], ["export", "--out", str(tmp_path / "x"), "--format", "csv"],
                 ["forget", "--name", "Greta Garbo", "--dry-run"]):
        done = CliRunner().invoke(app, [*args, "--db", str(empty)])
        assert done.exit_code == 2, (args, done.output)
        assert "no wparchive archive" in done.output and "Traceback" not in done.output, (args, done.output)
    done = CliRunner().invoke(app, ["forget", "--name", "Greta Garbo", "--dry-run", "--db", str(tmp_path / "no.duckdb")])
    assert done.exit_code == 2 and "no database at" in done.output
    done = CliRunner().invoke(app, ["export", "--out", str(tmp_path / "w"), "--format", "wacz", "--since", "not-a-date",
                                    "--db", str(empty)])
    assert done.exit_code == 2 and "--since 'not-a-date' is not a date" in done.output


def test_run_in_a_folder_this_user_cannot_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Black-box round 10: `run` as a user who may only read the archive's folder ended in a PermissionError
    traceback on the lock file. Now one line, exit 2, before anything starts. (Tests run as root, whom the kernel
    lets write anywhere: the user's view of the folder is what os.access reports, so that is what is stood in.)"""
    import wparchive.cli as cli

    monkeypatch.setattr(cli.os, "access", lambda path, mode: Path(path) != tmp_path)
    done = CliRunner().invoke(app, ["run", "http://127.0.0.1:9/", "--db", str(tmp_path / "archive.duckdb")])
    assert done.exit_code == 2 and "is not writable by this user" in done.output and "Traceback" not in done.output
