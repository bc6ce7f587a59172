"""``wparchive show``: a URL as the archive served it at a moment — the raw body, or its clean text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from crawler.archive import StoredResponse, read_response
from crawler.urls import normalise_url
from warehouse.archive import CaptureLocation, capture_as_of


class NothingArchived(LookupError):
    """No capture of the URL at or before the moment asked for (the message says when it was first archived)."""


@dataclass
class Shown:
    """What ``show`` prints: the capture found and the response it holds."""

    capture: CaptureLocation
    response: StoredResponse


def parse_as_of(value: str, option: str = "--as-of") -> dt.datetime:
    """``2024-03-31`` (the end of that day, UTC), ``2024-03-31T12:00`` (UTC unless an offset is given) or ``now``;
    a ValueError naming ``option`` otherwise."""
    text = value.strip()
    if text.lower() == "now":
        return dt.datetime.now(dt.timezone.utc)
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime.combine(day, dt.time.max, tzinfo=dt.timezone.utc)
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{option} {value!r} is not a date (2024-03-31) or time (2024-03-31T12:00[+01:00])") from None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def find_archived(db_path: Path, url: str, as_of: dt.datetime) -> Shown:
    """The latest capture of ``url`` at or before ``as_of``, read from its WARC file (a revisit resolved)."""
    spellings = sorted({url, normalise_url(url)})
    capture, first = capture_as_of(db_path, spellings, as_of)
    if capture is None:
        when = as_of.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
        if first is None:
            raise NothingArchived(f"{url} was never archived (no capture in {db_path})")
        raise NothingArchived(f"nothing archived for {url} at or before {when}: it was first archived "
                              f"{first.astimezone(dt.timezone.utc).isoformat(timespec='seconds')}")
    # A local path, or a URI when the WARC file stayed in object storage (a scale-out night: flows/shards.py).
    response = read_response(capture.warc_file, capture.warc_offset, capture.warc_length)
    return Shown(capture, response)


def page_text(html: bytes, url: str) -> str:
    """The page's clean text as the extractor reads it: title, body, then the comments."""
    from crawler.pages import extract_page

    page = extract_page(html, url=url)
    lines = [page.get("title") or "", "", page.get("text") or ""]
    comments = page.get("comments") or []
    if comments:
        lines += ["", f"— {len(comments)} comment(s) —"]
        for c in comments:
            lines += ["", f"{c.get('author') or '?'} ({c.get('date') or '?'}):", c.get("text") or ""]
    return "\n".join(lines).strip() + "\n"
