"""The warehouse's part of an erasure (``wparchive forget``): find a person's comments, count where they appear,
erase them in one transaction with the proof row, and rewrite the database file so no freed block keeps them."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import WarehouseError, build_views, connect, duckdb_config, execute_file, fetch_file, transaction

# count_places.sql's first two places are the erased comments themselves (they stay, as placeholders); the rest
# are strings taken out, which must all be gone after the erasure.
PLACEHOLDER_PLACES = 2


@dataclass(frozen=True)
class FoundComment:
    """A comment an erasure key names, with what shows its author."""

    site: str
    wp_comment_id: int
    post_url: str
    author_name: str | None
    author_url: str | None
    body_text: str | None


def find_comments(db_path: Path | str, kind: str, value: str) -> list[FoundComment]:
    """The not yet erased comments that ``kind`` = ``value`` names (for 'url': every comment with a URL; the
    caller compares them normalised)."""
    with connect(db_path, read_only=True) as con:
        rows = fetch_file(con, "erase/find_comments.sql", {"kind": kind, "value": value})
    return [FoundComment(*row) for row in rows]


def _stage(con: duckdb.DuckDBPyConnection, comments: list[FoundComment], needles: list[str]) -> None:
    execute_file(con, "erase/stage_keys.sql", {"sites": [c.site for c in comments],
                                               "ids": [c.wp_comment_id for c in comments],
                                               "needles": sorted(set(needles), key=len, reverse=True)})


def count_places(db_path: Path | str, comments: list[FoundComment], needles: list[str]) -> list[tuple[str, int]]:
    """(place, rows) for every table an erasure of ``comments`` and ``needles`` changes (0 where none)."""
    with connect(db_path, read_only=True) as con:
        _stage(con, comments, needles)
        return [(place, int(rows)) for place, rows in fetch_file(con, "erase/count_places.sql")]


def count_in_export(path: Path | str, needles: list[str]) -> int:
    """Rows of an exported Parquet or CSV file that hold one of ``needles``."""
    with duckdb.connect(config=duckdb_config()) as con:
        return int(fetch_file(con, "erase/count_in_export.sql", {"path": str(path), "needles": needles})[0][0])


def erase(db_path: Path | str, comments: list[FoundComment], needles: list[str], *, erasure_id: str,
          erased_at: dt.datetime, erased_name: str, captures: list[dict[str, Any]],
          proof: dict[str, Any]) -> list[tuple[str, int]]:
    """In one transaction: make ``comments`` placeholders, take ``needles`` out of every text column, point
    ``captures`` at rewritten WARC records and record the proof (``proof``: the erasures columns besides id, time
    and rows_count). Returns the places changed, as count_places says; rolls back if any remains."""
    with tempfile.TemporaryDirectory(prefix="wparchive-erase-") as scratch:
        captures_json = Path(scratch) / "captures.jsonl"
        captures_json.write_text("".join(json.dumps(row, default=str) + "\n" for row in captures), encoding="utf-8")
        with connect(db_path) as con, transaction(con):
            _stage(con, comments, needles)
            before = [(place, int(rows)) for place, rows in fetch_file(con, "erase/count_places.sql")]
            execute_file(con, "erase/apply.sql", {"erasure_id": erasure_id, "erased_at": erased_at,
                                                  "erased_name": erased_name})
            if captures:
                execute_file(con, "erase/update_captures.sql", {"captures_json": str(captures_json)})
            after = [(place, int(rows)) for place, rows in fetch_file(con, "erase/count_places.sql")]
            left = [(place, rows) for place, rows in after if rows]
            if left:
                raise WarehouseError(f"the erasure left rows behind, rolled back: {left}")
            execute_file(con, "erase/record_erasure.sql", {
                **proof, "erasure_id": erasure_id, "erased_at": erased_at,
                "rows_count": sum(rows for _place, rows in before)})
    return before


def rebuild_views(db_path: Path | str) -> None:
    """Views and theme matches after an erasure (the posts whose sentences it changed are matched again)."""
    with connect(db_path) as con:
        build_views(con)


def compact(db_path: Path | str) -> int:
    """Replace ``db_path`` by a fresh copy of its contents (DuckDB keeps overwritten values in free blocks until
    they are reused); returns the new file's size."""
    path = Path(db_path)
    fresh = path.with_name(f".{path.stem}.compacting-{os.getpid()}{path.suffix}")
    fresh.unlink(missing_ok=True)
    try:
        with connect(path) as con:
            con.execute("CHECKPOINT")
        with duckdb.connect(config=duckdb_config()) as con:
            execute_file(con, "erase/compact.sql", {"source": str(path), "target": str(fresh)})
        os.chmod(fresh, 0o644)
        os.replace(fresh, path)
    finally:
        fresh.unlink(missing_ok=True)
    return path.stat().st_size
