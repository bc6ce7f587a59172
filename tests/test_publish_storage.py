"""The published snapshot opens in analysts' DuckDB clients that lag the Python package: the venv's own `duckdb`
command (duckdb-cli 1.5.6, a dependency) and the oldest DuckDB CLI on the package index (1.4.4, which the Makefile
installs beside the venv), tables and views alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.shared_data import REPO, in_ci
from tests.test_warehouse_load import standard_run
from warehouse.db import query
from warehouse.publish import OLDEST_READER
from wparchive.cli import app

VENV_CLI = Path(sys.executable).with_name("duckdb")
OLDEST_CLI_VERSION = "1.4.4"  # the Makefile's OLDEST_DUCKDB_CLI: the oldest duckdb-cli on the package index
OLDEST_CLI = Path(sys.prefix) / f"duckdb-cli-{OLDEST_CLI_VERSION}" / "bin" / "duckdb"


def _cli(path: Path) -> Path:
    if not path.is_file():
        message = (f"{path} is missing: `make .venv/bin/wparchive` installs it (pyproject.toml's duckdb-cli, and "
                   f"the Makefile's OLDEST_DUCKDB_CLI beside the venv)")
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("storage")
    db = tmp / "archive.duckdb"
    result = CliRunner().invoke(app, ["load", str(standard_run(tmp / "runs")), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("which", ["venv", "oldest"])
def test_older_duckdb_clients_open_the_published_snapshot(published: Path, which: str) -> None:
    cli = _cli(VENV_CLI if which == "venv" else OLDEST_CLI)
    sql = ("SELECT version(); SELECT count(*) FROM posts; SELECT count(*) FROM int_live_posts; "
           "SELECT count(*) FROM theme_summary;")
    result = subprocess.run([str(cli), "-readonly", "-csv", "-noheader", str(published), "-c", sql],
                            capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    version, posts, live, themes = result.stdout.split()
    assert version == ("v1.5.6" if which == "venv" else f"v{OLDEST_CLI_VERSION}")
    assert (int(posts), int(live), int(themes)) == tuple(
        query(published, f"SELECT count(*) FROM {name}")[1][0][0] for name in ("posts", "int_live_posts",
                                                                              "theme_summary"))
    assert int(posts) > 0


def test_the_stated_oldest_reader_is_what_the_oldest_cli_proves() -> None:
    # The storage version the snapshot is written in names the oldest DuckDB that reads it; the oldest CLI on the
    # package index is from that line, and the docs say the same version.
    assert OLDEST_READER == "1.4.0" and OLDEST_CLI_VERSION.startswith("1.4.")
    for doc in ("README.md", "warehouse/README.md"):
        assert f"DuckDB {OLDEST_READER}" in (REPO / doc).read_text(encoding="utf-8"), doc
