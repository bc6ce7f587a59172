"""`wparchive export --format parquet|csv --out DIR`: one file per table and mart of the published archive, with
every row, readable by other tools (read back here through DuckDB's own readers)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from tests.report_support import hostile_archive, runner
from warehouse.db import SCHEMA, VIEWS, query
from warehouse.export import export_archive
from wparchive.cli import app

MARTS = next(names for layer, names in VIEWS if layer == "marts")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_archive(tmp_path_factory.mktemp("export"))


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_mart(archive: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(archive)])
    assert result.exit_code == 0, result.output
    names = {p.stem for p in out.iterdir()}
    assert {p.suffix for p in out.iterdir()} == {f".{fmt}"}
    assert set(SCHEMA) <= names and set(MARTS) <= names  # every table (and any added later) and every mart
    assert not names & {"stg_posts", "int_live_posts"}  # staging and intermediate views stay inside
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    for name in names:
        path = str(out / f"{name}.{fmt}")
        # reader is one of the two names above.
        (exported,) = con.execute(f"SELECT count(*) FROM {reader}($path)", {"path": path}).fetchall()[0]
        assert exported == query(archive, "SELECT count(*) FROM query_table($name)", {"name": name})[1][0][0], name


def test_parquet_keeps_types_and_csv_writes_lists_as_json(archive: Path, tmp_path: Path) -> None:
    export_archive(archive, tmp_path / "p", "parquet")
    export_archive(archive, tmp_path / "c", "csv")
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($p))",
                             {"p": str(tmp_path / "p" / "comment_forms.parquet")}).fetchall())
    assert types["required_fields"] == "VARCHAR[]" and types["crawled_at"] == "TIMESTAMP WITH TIME ZONE"
    with open(tmp_path / "c" / "comment_forms.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert json.loads(rows[0]["required_fields"]) in (["comment", "author", "email"], [])
    assert isinstance(json.loads(rows[0]["fields"]), list)
    with open(tmp_path / "c" / "posts.csv", encoding="utf-8", newline="") as handle:
        titles = {row["title"] for row in csv.DictReader(handle)}
    assert "Inlägg 1" in titles  # UTF-8


def test_export_errors(tmp_path: Path, archive: Path) -> None:
    bad = runner.invoke(app, ["export", "--format", "xlsx", "--out", str(tmp_path), "--db", str(archive)])
    assert bad.exit_code == 2 and "parquet, csv" in bad.output
    missing = runner.invoke(app, ["export", "--out", str(tmp_path), "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no database" in missing.output
