"""Helpers for the raw-archive tests (test_warc*.py, test_reextract*.py): crawls through a proxy, record reading,
comparing runs."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from crawler.archive import warc_files
from crawler.run import CrawlResult, crawl_in_subprocess
from tests.rundir_support import read_jsonl

ITEM_FILES = ("posts.jsonl", "comments.jsonl", "comment_forms.jsonl", "drops.jsonl")


@contextmanager
def proxy_env(proxy_url: str | None) -> Iterator[None]:
    """Crawls started inside the block (subprocesses inherit the environment) go through ``proxy_url``."""
    names = ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ.pop(name, None)
    if proxy_url:
        os.environ["http_proxy"] = proxy_url
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def crawl(base_url: str, run_dir: Path, proxy_url: str | None = None) -> CrawlResult:
    with proxy_env(proxy_url):
        result = crawl_in_subprocess(base_url + "/", run_dir, profile="fast", timeout=300)
    assert result.error is None, f"crawl failed: {result.error}"
    return result


def rows_without_times(run_dir: Path, name: str) -> list[str]:
    """A JSONL file's records as sorted canonical JSON, ``fetched_at`` left out (a replay runs at another time)."""
    rows = []
    for record in read_jsonl(run_dir / name):
        record.pop("fetched_at", None)
        rows.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    return sorted(rows)


class PartialRecord(AssertionError):
    """warcio read a record shorter than its Content-Length (it yields torn records without complaint)."""


def all_records(run_dir: Path) -> list[tuple[str, Any]]:
    """Every record of the run's WARC files via warcio's own reader, digests verified: (file name, record).
    Raises if a record is unreadable, fails its digest, or is partial (warcio itself yields a torn record's
    remains without an error, so the block length is checked against Content-Length here)."""
    records = []
    for path in warc_files(run_dir):
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle, check_digests="raise")
            for record in iterator:
                payload = record.raw_stream.read()  # reading it all is what makes warcio check the digests
                header_bytes = record.http_headers.total_len if record.http_headers else 0
                declared = int(record.rec_headers.get_header("Content-Length"))
                if header_bytes + len(payload) != declared:
                    raise PartialRecord(f"{path.name} @ {iterator.get_record_offset()}: {record.rec_type} record of "
                                        f"{header_bytes + len(payload)} bytes, Content-Length {declared}")
                records.append((path.name, record))
    return records


def fetch(url: str, headers: dict[str, str], proxy_url: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One GET without any decoding: status, headers (lower-case names), body as sent."""
    handlers = [urllib.request.ProxyHandler({"http": proxy_url} if proxy_url else {})]
    opener = urllib.request.build_opener(*handlers)

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener.add_handler(_NoRedirect())
    request = urllib.request.Request(url, headers=headers)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()
