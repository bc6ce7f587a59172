"""The warehouse's side of the raw archive: which payloads it already stores, and which capture shows a URL as of
a moment. (The WARC files themselves are read by ``crawler.archive``; this module only looks up ``captures``.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warehouse.db import connect, fetch_file


@dataclass(frozen=True)
class CaptureLocation:
    """Where one archived response is: its WARC file and record, and what it was."""

    url: str
    fetched_at: dt.datetime
    status: int
    warc_file: str
    warc_offset: int
    warc_length: int
    is_revisit: bool
    content_type: str | None
    content_encoding: str | None
    run_id: str
    site: str


def known_payloads(db_path: Path | str, site: str) -> list[dict[str, Any]]:
    """For each payload digest the archive stores for ``site``, its first stored record (url, fetched_at as ISO
    8601, warc_file, warc_offset, warc_length, record_id)."""
    return known_payloads_of_sites(db_path, [site])[site]


def known_payloads_of_sites(db_path: Path | str, sites: list[str]) -> dict[str, list[dict[str, Any]]]:
    """``known_payloads`` of each site, read in one query."""
    columns = ("payload_digest", "url", "fetched_at", "warc_file", "warc_offset", "warc_length", "record_id")
    out: dict[str, list[dict[str, Any]]] = {site: [] for site in sites}
    with connect(db_path) as con:
        for site, *row in fetch_file(con, "queries/known_payloads.sql", {"sites": list(sites)}):
            payload = dict(zip(columns, row))
            payload["fetched_at"] = payload["fetched_at"].astimezone(dt.timezone.utc).isoformat()
            out[site].append(payload)
    return out


def capture_as_of(db_path: Path | str, urls: list[str], as_of: dt.datetime,
                  ) -> tuple[CaptureLocation | None, dt.datetime | None]:
    """The latest capture of any of ``urls`` (spellings of one URL) at or before ``as_of``, and — when there is
    none — when the URL was first archived (None if never)."""
    with connect(db_path, read_only=True, external_access=False) as con:
        rows = fetch_file(con, "queries/capture_as_of.sql", {"urls": urls, "as_of": as_of})
        if rows:
            return CaptureLocation(*rows[0]), None
        ((first, _count),) = fetch_file(con, "queries/first_capture.sql", {"urls": urls})
    return None, first


@dataclass(frozen=True)
class ReplaySelection:
    """What a WACZ or a replay of part of the archive needs: the WARC files and the post pages in them."""

    warc_files: list[Path]
    pages: list[tuple[str, dt.datetime, str]]  # (post URL, capture time, title)


def replay_selection(db_path: Path | str, run_id: str | None = None, since: dt.datetime | None = None,
                     until: dt.datetime | None = None) -> ReplaySelection:
    """The WARC files (revisits' originals included) and post pages captured by ``run_id`` or in [since, until]."""
    params = {"run_id": run_id, "since": since, "until": until}
    with connect(db_path, read_only=True) as con:
        files = [Path(row[0]) for row in fetch_file(con, "queries/replay_warc_files.sql", params)]
        pages = [(row[0], row[1], row[2]) for row in fetch_file(con, "queries/replay_pages.sql", params)]
    return ReplaySelection(files, pages)
