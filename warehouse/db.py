"""The warehouse's one door to DuckDB: open a database, apply schema, seeds and views in order, run checks, query.

Every statement lives in a ``.sql`` file next to this module; values are always bound as parameters. The only SQL
composed in Python joins those files with names from the fixed lists below (``CREATE VIEW <name> AS <file>``) or,
in warehouse/themes.py, one copy of a file per theme rule set with its parameters renamed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

HERE = Path(__file__).resolve().parent
# DuckDB's memory per instance (duckdb_config below); WPARCHIVE_DUCKDB_MEMORY_LIMIT overrides it.
DUCKDB_MEMORY_LIMIT = "512MB"
SEEDS_DIR = HERE / "seeds"

# Tables, created in this order (all `CREATE TABLE IF NOT EXISTS`).
SCHEMA: tuple[str, ...] = (
    "sites", "crawl_runs", "posts", "post_versions", "post_sentences", "comments", "comment_forms", "crawl_drops",
    "quarantine", "check_results", "themes", "sentence_themes", "sentence_themes_builds", "sentence_themes_pending",
    "captures", "discovered_posts", "post_agreement", "post_field_sources", "media", "media_fetches", "erasures",
    "erased_comments",
)
# After the tables: fill, in an archive from before issue 5, what the loader now keeps with every run (post
# versions, the runs that first saw and removed each comment). Finds nothing to do on an up-to-date archive.
BACKFILLS: tuple[str, ...] = ("backfill_history",)
# Seeds: (statement file in load/, parameter name, CSV file in seeds/).
SEEDS: tuple[tuple[str, str, str], ...] = (
    ("seed_themes", "themes_csv", "themes.csv"),
    ("seed_theme_rules", "theme_rules_csv", "theme_rules.csv"),
)
# Views, layer by layer, each in dependency order (DuckDB binds a view's relations when it is created).
VIEWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("staging", ("stg_posts", "stg_comments", "stg_comment_forms", "stg_post_sentences", "stg_post_versions",
                 "stg_theme_rules", "stg_media")),
    ("intermediate", ("int_live_posts", "int_live_comments", "int_post_sentences", "int_latest_comment_forms",
                      "int_sentence_themes", "int_latest_media_fetches")),
    ("marts", ("theme_mentions", "theme_summary", "audit_comment_forms", "authors", "activity_by_month",
               "most_discussed_posts", "audit_changes", "page_reading_agreement", "audit_media",
               "audit_media_changes", "current_posts", "current_comments")),
)
CHECKS: tuple[str, ...] = tuple(sorted(p.stem for p in (HERE / "checks").glob("*.sql")))

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STATEMENT_END = re.compile(r";[ \t]*(?:\n|$)")
_SEVERITY = re.compile(r"^--\s*severity:\s*(error|warn)\b", re.MULTILINE)


class WarehouseError(RuntimeError):
    """A database that can't be used as asked (missing, corrupt, locked), said in one sentence."""


@dataclass(frozen=True)
class CheckResult:
    """One data check after a run: how many rows failed it, and a few of them."""

    name: str
    severity: str
    failing_rows: int
    sample: list[dict[str, Any]]

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0


def sql_file(relative: str) -> str:
    """The text of one of the warehouse's .sql files, e.g. ``load/merge_posts.sql``."""
    return (HERE / relative).read_text(encoding="utf-8")


def statements(sql: str) -> list[str]:
    """Split a file into statements at semicolons ending a line (our files never put one elsewhere)."""
    parts = (part.strip() for part in _STATEMENT_END.split(sql))
    return [p for p in parts if p and not all(line.strip().startswith("--") for line in p.splitlines() if line.strip())]


def _params_of(statement: str) -> set[str]:
    """The $names a statement binds (full-line comments may mention parameters; they don't count)."""
    code = "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
    return set(_PARAM.findall(code))


def execute_file(con: duckdb.DuckDBPyConnection, relative: str, params: Mapping[str, Any] | None = None) -> int:
    """Run every statement of a .sql file, binding the named parameters each one uses; returns the last row count."""
    params = params or {}
    count = 0
    for statement in statements(sql_file(relative)):
        names = _params_of(statement)
        missing = names - params.keys()
        if missing:
            raise KeyError(f"{relative} needs parameters {sorted(missing)}")
        cursor = con.execute(statement, {k: params[k] for k in names} if names else None)
        row = cursor.fetchone() if cursor.description else None
        count = int(row[0]) if row and isinstance(row[0], int) else 0
    return count


def fetch_file(con: duckdb.DuckDBPyConnection, relative: str, params: Mapping[str, Any] | None = None,
               ) -> list[tuple[Any, ...]]:
    """Run a one-statement .sql file that returns rows, and return them."""
    (statement,) = statements(sql_file(relative))
    names = _params_of(statement)
    return con.execute(statement, {k: (params or {})[k] for k in names} if names else None).fetchall()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def duckdb_config() -> dict[str, str]:
    """Settings of every DuckDB instance the archive opens (this file's ``connect`` and the in-memory ones that copy
    or rewrite a database). DuckDB's buffers may otherwise grow to 80 % of the machine's memory: the nightly's flow
    process held ~770 MB at its peak on 1,000 blogs (the checks, publishing, the report), and a 28k-post archive's
    publishing and report reached 1.0 and 1.3 GB. Capped, DuckDB spills what does not fit to a temporary file."""
    return {"memory_limit": os.environ.get("WPARCHIVE_DUCKDB_MEMORY_LIMIT", DUCKDB_MEMORY_LIMIT)}


def connect(db_path: Path | str, *, read_only: bool = False, create: bool = False,
            external_access: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the database, turning DuckDB's errors into sentences. ``create`` allows a new file."""
    path = Path(db_path)
    if not path.exists() and not create:
        raise WarehouseError(f"no database at {path} (create one with `wparchive run` or `wparchive load`)")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    config = duckdb_config() | ({} if external_access else {"enable_external_access": False})
    try:
        con = duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        text = str(exc)
        if "lock" in text.lower():
            raise WarehouseError(f"{path} is in use by another process (DuckDB allows one writer): {text}") from exc
        raise WarehouseError(f"{path} is not a readable DuckDB database: {text}") from exc
    except duckdb.Error as exc:
        raise WarehouseError(f"{path} could not be opened: {exc}") from exc
    con.execute("SET TimeZone = 'UTC'")
    return con


def require_archive(db_path: Path | str) -> None:
    """``WarehouseError`` unless the file is a wparchive archive (it has the runs table): an empty or foreign
    DuckDB file would otherwise give DuckDB's "Table … does not exist! Did you mean "pg_class"?" or an empty export."""
    with connect(db_path, read_only=True) as con:
        found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'crawl_runs'").fetchone()
    if not found or not found[0]:
        raise WarehouseError(f"{db_path} is a DuckDB database but no wparchive archive (it has no crawl_runs table): "
                             f"is --db the right file?")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT, or ROLLBACK and re-raise: a step is applied whole or not at all."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and (re)load the seeds, in one transaction."""
    with transaction(con):
        for name in SCHEMA:
            execute_file(con, f"schema/{name}.sql")
        for name in BACKFILLS:
            execute_file(con, f"load/{name}.sql")
        for statement_file, param, csv_name in SEEDS:
            csv_path = SEEDS_DIR / csv_name
            if not csv_path.exists():
                raise WarehouseError(f"seed file {csv_path} is missing")
            execute_file(con, f"load/{statement_file}.sql", {param: str(csv_path)})


def build_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)create every view, layer by layer, and bring sentence_themes up to date with them and the loads since
    the last build (warehouse/themes.py: the queued posts, or every post when theme_rules or the SQL that matches
    them changed), in one transaction; returns the views' names in order."""
    from warehouse.themes import build_sentence_themes  # themes.py builds on this module's helpers

    created: list[str] = []
    with transaction(con):
        for layer, names in VIEWS:
            for name in names:
                body = sql_file(f"views/{layer}/{name}.sql").strip().rstrip(";")
                # The view name comes from the fixed VIEWS list above, never from input.
                con.execute(f"CREATE OR REPLACE VIEW {name} AS\n{body}")
                created.append(name)
        build_sentence_themes(con)
    return created


def initialise(db_path: Path | str) -> None:
    """Make ``db_path`` a ready warehouse (tables, seeds, views); safe to repeat."""
    with connect(db_path, create=True) as con:
        apply_schema(con)
        build_views(con)


def check_severity(name: str) -> str:
    match = _SEVERITY.search(sql_file(f"checks/{name}.sql"))
    return match.group(1) if match else "error"


def run_checks(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> list[CheckResult]:
    """Run every check (a SELECT of failing rows); record the results under ``run_id`` when given."""
    results: list[CheckResult] = []
    for name in CHECKS:
        cursor = con.execute(sql_file(f"checks/{name}.sql"))
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        sample = [dict(zip(columns, row)) for row in rows[:5]]
        results.append(CheckResult(name, check_severity(name), len(rows), sample))
    if run_id is not None:
        now = utc_now()
        with transaction(con):
            for r in results:
                execute_file(con, "load/record_check_result.sql", {
                    "run_id": run_id, "check_name": r.name, "severity": r.severity, "failing_rows": r.failing_rows,
                    "sample": json.dumps(r.sample, default=str, ensure_ascii=False) if r.sample else None,
                    "now": now,
                })
    return results


def query(db_path: Path | str, sql: str, params: Mapping[str, Any] | list[Any] | None = None,
          ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only query (no file access beyond the database); returns column names and rows."""
    with connect(db_path, read_only=True, external_access=False) as con:
        try:
            cursor = con.execute(sql, params) if params else con.execute(sql)
        except duckdb.Error as exc:
            raise WarehouseError(f"query failed: {exc}") from exc
        if cursor is None:  # DuckDB's answer to text with no statement: only comments or semicolons
            raise WarehouseError("the query holds no statement (only comments or semicolons)")
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()


def read_named_query(db_path: Path | str, name: str, params: Mapping[str, Any] | None = None,
                     ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one of the warehouse's own read-only queries in ``queries/`` (e.g. the status report)."""
    return query(db_path, sql_file(f"queries/{name}.sql"), params)
