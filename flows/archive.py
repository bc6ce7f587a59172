"""The flow's part in the raw archive: hand a crawl the payloads earlier runs stored, and index a run's WARC files
for the loader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.archive import KNOWN_PAYLOADS_FILE, KnownPayload, capture_row, read_run, write_known_payloads
from crawler.urls import site_root
from warehouse.archive import known_payloads, known_payloads_of_sites


def archive_index(run_dir: Path) -> list[dict[str, Any]]:
    """One row per archived response of the run (the captures table's rows), read from the WARC files themselves
    — not from captures.jsonl, which a killed crawl may have left a record short. A torn last record (a crash
    mid-write) is not a capture; the crawler cuts it off when the run is retried."""
    return [capture_row(capture, run_dir) for capture in read_run(run_dir).captures]


def hand_over_known_payloads(db_path: Path | str, site_url: str, run_dir: Path) -> int:
    """Write ``run_dir/known_payloads.jsonl`` from the warehouse: the crawl then stores a payload the archive
    already holds as a revisit record. Returns how many payloads are known."""
    return write_payloads(known_payloads(db_path, site_root(site_url)), run_dir)


def hand_over_known_payloads_of_sites(db_path: Path | str, sites: list[tuple[str, Path]]) -> list[int]:
    """``hand_over_known_payloads`` for many (site URL, run directory) pairs through one connection."""
    rows = known_payloads_of_sites(db_path, [site_root(url) for url, _run_dir in sites])
    return [write_payloads(rows[site_root(url)], run_dir) for url, run_dir in sites]


def write_payloads(rows: list[dict[str, Any]], run_dir: Path) -> int:
    return write_known_payloads(Path(run_dir) / KNOWN_PAYLOADS_FILE, [KnownPayload(**row) for row in rows])
