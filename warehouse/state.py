"""Write the crawl state an incremental crawl starts from: what the archive holds of one site, as JSON.

The spider (``crawler/incremental.py``) compares it with the site's REST listing and fetches only new and changed
posts. The state lives in the warehouse; this file is a fresh export of it for each run, never reused state.

Format (one object)::

    {"site": "https://blog.example/",
     "last_run_id": "20241001T023000Z-1a2b3c",     # the site's latest successful run
     "rest_comment_total": 42,                      # REST's X-WP-Total for comments then, or null (read the listing)
     "posts": [{"wp_post_id": 7, "post_url": "https://blog.example/2024/10/01/x/",
                "modified_at": "2024-10-01T08:00:00+00:00",   # ISO 8601 UTC, as the crawler wrote it; or null
                "comment_status": "open", "is_protected": false,
                "comment_ids": [10, 11]}]}                     # REST-visible comments: type 'comment', not removed
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from warehouse.db import connect, fetch_file


def _iso_utc(value: dt.datetime | None) -> str | None:
    """A stored time as the crawler writes one (``2024-10-01T08:00:00+00:00``)."""
    return value.astimezone(dt.timezone.utc).isoformat() if value is not None else None


def crawl_state(db_path: Path | str, site: str) -> dict[str, Any] | None:
    """The crawl state of ``site``, or None when the archive has no successful run of it (or no archive exists)."""
    return crawl_states(db_path, [site])[site]


def crawl_states(db_path: Path | str, sites: list[str]) -> dict[str, dict[str, Any] | None]:
    """``crawl_state`` of each site, read in two queries for all of them (the nightly run prepares every site at
    once; a pair of queries per site cost ~4 ms a site)."""
    states: dict[str, dict[str, Any] | None] = {site: None for site in sites}
    if not Path(db_path).exists():
        return states
    with connect(db_path, read_only=True) as con:
        runs = fetch_file(con, "queries/crawl_state_run.sql", {"sites": list(sites)})
        rows = fetch_file(con, "queries/crawl_state_posts.sql", {"sites": list(sites)}) if runs else []
    for site, last_run_id, rest_comment_total in runs:
        states[site] = {"site": site, "last_run_id": last_run_id, "rest_comment_total": rest_comment_total,
                        "posts": []}
    for site, wp_post_id, post_url, modified_at, comment_status, is_protected, comment_ids in rows:
        state = states.get(site)
        if state is not None:  # a site with posts but no successful run has no state: its next crawl is full
            state["posts"].append({"wp_post_id": wp_post_id, "post_url": post_url, "modified_at": _iso_utc(modified_at),
                                   "comment_status": comment_status, "is_protected": is_protected,
                                   "comment_ids": comment_ids or []})
    return states


def write_crawl_state(db_path: Path | str, site: str, out_path: Path | str) -> Path | None:
    """Write ``site``'s crawl state to ``out_path`` (atomically) and return the path; None, and no file (an
    older one is removed), when the site has no successful run yet: its next crawl is a full one."""
    return write_state_file(crawl_state(db_path, site), out_path)


def write_state_file(state: dict[str, Any] | None, out_path: Path | str) -> Path | None:
    """Write a crawl state (``crawl_states``) to ``out_path`` atomically; None (and no file) for no state."""
    out = Path(out_path)
    if state is None:
        out.unlink(missing_ok=True)
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(json.dumps(state, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(partial, out)  # a crawler never reads half a file
    return out
