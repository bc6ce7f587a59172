"""Export the archive for BI tools: one Parquet or CSV file per table and mart, written by DuckDB's COPY."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
from duckdb import ColumnExpression, FunctionExpression

from warehouse.db import VIEWS, connect, fetch_file

FORMATS = ("parquet", "csv")
MARTS: tuple[str, ...] = next(names for layer, names in VIEWS if layer == "marts")
_NESTED = ("list", "struct", "map", "array")


@dataclass(frozen=True)
class ExportedFile:
    """One relation written to one file."""

    relation: str
    kind: str  # 'table' or 'mart'
    path: str
    rows: int
    bytes: int


def _csv_ready(relation: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """The relation with lists and structs as JSON text: CSV has no nested types, and JSON is what BI tools
    parse (DuckDB's own ``[a, b]`` printing leaves strings unquoted)."""
    return relation.select(*(
        FunctionExpression("to_json", ColumnExpression(name)).alias(name) if kind.id in _NESTED
        else ColumnExpression(name)
        for name, kind in zip(relation.columns, relation.types)))


def export_archive(db_path: Path | str, out_dir: Path | str, fmt: str = "parquet") -> list[ExportedFile]:
    """Write every table and mart of the archive at ``db_path`` (opened read-only) to ``out_dir/<name>.<fmt>``.
    Parquet keeps every type; CSV (UTF-8, header row) writes lists and structs as JSON."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[ExportedFile] = []
    with connect(db_path, read_only=True) as con:
        for name, kind in fetch_file(con, "queries/export_relations.sql", {"marts": list(MARTS)}):
            # con.table() takes the catalogue's own name; the relation API runs COPY … TO for the file.
            relation = con.table(name)
            path = out / f"{name}.{fmt}"
            if fmt == "parquet":
                relation.write_parquet(str(path), compression="zstd")
            else:
                _csv_ready(relation).write_csv(str(path), header=True)
            ((rows,),) = fetch_file(con, "queries/export_count_rows.sql", {"name": name})
            written.append(ExportedFile(name, kind, str(path), int(rows), path.stat().st_size))
    return written
