"""The report's data: every result set the HTML report shows, read from the published archive, read-only.

Each result set is one file ``queries/report_<name>.sql``; this module binds its limits and returns rows as
dicts. Rendering (HTML, charts) is the top-level ``report/`` package's job and never touches DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import WarehouseError, connect, sql_file, statements


@dataclass(frozen=True)
class ReportLimits:
    """How much of each list the report shows (it must stay small enough to e-mail)."""

    posts_per_theme: int = 5
    sentences_per_post: int = 3
    discussions: int = 10
    comments_per_post: int = 40
    open_forms: int = 200
    changes: int = 200
    runs: int = 15
    quarantine: int = 20
    posts_listed: int = 1000
    post_pages: int = 100  # the newest posts get a page each (text, thread, form, history); older ones a row
    body_chars: int = 4000
    history_per_post: int = 30
    media: int = 200


def _queries(limits: ReportLimits) -> dict[str, dict[str, Any]]:
    """Result set name → the parameters its file binds (exactly those: DuckDB refuses unused names)."""
    return {
        "sites": {},
        "theme_months": {},
        "theme_top_posts": {"posts_per_theme": limits.posts_per_theme,
                            "sentences_per_post": limits.sentences_per_post},
        "activity_months": {},
        "discussions": {"posts": limits.discussions, "pages": limits.post_pages,
                        "comments_per_post": limits.comments_per_post},
        "posts": {"limit": limits.posts_listed, "pages": limits.post_pages, "body_chars": limits.body_chars},
        "post_history": {"pages": limits.post_pages, "per_post": limits.history_per_post},
        "form_overview": {},
        "form_requirements": {},
        "open_forms": {"limit": limits.open_forms},
        "form_changes": {"limit": limits.changes},
        "changes": {},
        "post_changes": {"limit": limits.changes},
        "comment_changes": {"limit": limits.changes},
        "runs": {"limit": limits.runs},
        "drops": {},
        "quarantine": {"limit": limits.quarantine},
        "checks": {},
        "agreement": {},
        "media": {"limit": limits.media},
        "media_authors": {},
        "media_changes": {"limit": limits.changes},
    }


REPORT_QUERIES: tuple[str, ...] = tuple(_queries(ReportLimits()))


def _rows(con: duckdb.DuckDBPyConnection, relative: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    (statement,) = statements(sql_file(relative))
    try:
        cursor = con.execute(statement, params or None)
    except duckdb.Error as exc:
        raise WarehouseError(f"{relative} failed: {exc}") from exc
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def read_report_data(db_path: Path | str, limits: ReportLimits = ReportLimits()) -> dict[str, list[dict[str, Any]]]:
    """Every result set of the report, from one read-only connection (so all come from one snapshot). Times are
    formatted in the report's one zone (``zone``: the sites' configured zone), set on the connection first."""
    with connect(db_path, read_only=True, external_access=False) as con:
        zone = _rows(con, "queries/report_zone.sql", {})
        try:
            con.execute("SET TimeZone = $zone", {"zone": zone[0]["timezone"]})
        except duckdb.Error as exc:
            raise WarehouseError(f"the sites' time zone {zone[0]['timezone']!r} is unknown to DuckDB: {exc}") from exc
        return {"zone": zone} | {name: _rows(con, f"queries/report_{name}.sql", params)
                                 for name, params in _queries(limits).items()}
