"""The raw archive's writer: every HTTP response the crawler receives, byte-exact, with its request, in WARC files.

``WarcArchiveMiddleware`` sits at downloader-middleware order 950: on the way back it runs before every stock
middleware (a higher number runs first on responses), so it sees each response as the download handler made it —
redirects, 404s, REST JSON and robots.txt included — before HttpCompressionMiddleware (590) decodes the body and
drops ``Content-Encoding``, and before RedirectMiddleware (600) swallows a 3xx.

What "byte-exact" means here: the payload is the entity body exactly as received (gzip stays gzip; chunked
transfer coding is already undone by Twisted, as every WARC writer stores it). Header values are the bytes
received; header names are in Twisted's/Scrapy's canonical capitalisation, hop-by-hop headers Twisted consumes
(Connection, Transfer-Encoding, Keep-Alive) are absent and the reason phrase is the standard one for the status.

Crash safety: each request/response pair is one ``os.write`` of whole gzip members to a file opened O_APPEND, so
a SIGKILL leaves only whole records. A new process never appends to an older file: it first cuts any torn tail
(power loss, full disk) off the run's files, re-indexes them into captures.jsonl, then starts the next file.

Unchanged payloads are stored once: a response whose payload digest is already stored (earlier in this run, or in
an earlier run the flow lists in known_payloads.jsonl) is written as a ``revisit`` record (profile
identical-payload-digest) with its own status and headers, pointing at the record that holds the bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import http
import io
import json
import logging
import os
import re
from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.archive import (
    CAPTURES_FILE,
    KNOWN_PAYLOADS_FILE,
    WARC_DIR,
    WARC_SUFFIX,
    Capture,
    KnownPayload,
    known_payloads_of,
    payload_digest,
    read_known_payloads,  # noqa: F401  (re-exported)
    read_run,
    repair,
    warc_date,
    warc_files,
    write_known_payloads,  # noqa: F401  (re-exported)
)
from crawler.erasure import ErasureList, redact_payload

logger = logging.getLogger(__name__)

# Request headers never archived: credentials (the crawler sends none for public blogs, a proxy might).
_SECRET_REQUEST_HEADERS = {b"authorization", b"proxy-authorization", b"cookie"}
_SEQUENCE = re.compile(r"-(\d{5})\.warc\.gz$")
GZIP_LEVEL = 3  # measured: ~0.3 ms a page against ~2 ms at zlib's default 6, for ~10 % more bytes


class _ExactHeaders(StatusAndHeaders):
    """A status line and headers written as the given bytes (warcio would re-encode non-ASCII values)."""

    def __init__(self, statusline: str, headers: list[tuple[str, str]], protocol: str, raw: bytes,
                 is_http_request: bool = False):
        super().__init__(statusline, headers, protocol=protocol, is_http_request=is_http_request)
        self._raw = raw

    def compute_headers_buffer(self, header_filter: Any = None) -> None:
        self.headers_buff = self._raw


def _header_block(first_line: bytes, headers: list[tuple[bytes, bytes]]) -> bytes:
    return first_line + b"\r\n" + b"".join(k + b": " + v + b"\r\n" for k, v in headers) + b"\r\n"


def _as_text(headers: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]


def _prefix_for(run_dir: Path) -> str:
    """WARC file names carry the run id (run.json, written by the flow) and the site's directory name, so a file
    moved out of its run directory still says where it came from."""
    run_id = None
    request_file = run_dir / "run.json"
    if request_file.exists():
        try:
            run_id = json.loads(request_file.read_text()).get("run_id")
        except (json.JSONDecodeError, AttributeError):
            run_id = None
    raw = f"{run_id}-{run_dir.name}" if run_id else run_dir.name
    return re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-.") or "crawl"



class RunArchive:
    """Appends request/response pairs to a run's WARC files and indexes each response in captures.jsonl."""

    def __init__(self, run_dir: Path, *, prefix: str | None = None, known_payloads: Path | None = None,
                 max_file_bytes: int = 1 << 30, info: dict[str, str] | None = None,
                 log_extra: dict[str, Any] | None = None):
        self.run_dir = Path(run_dir)
        self.log_extra = log_extra or {}  # ties its log lines to one crawl (crawler/logs.py: one crawl.log each)
        self.prefix = prefix or _prefix_for(self.run_dir)
        self.known_payloads_path = known_payloads if known_payloads is not None else self.run_dir / KNOWN_PAYLOADS_FILE
        self.max_file_bytes = max_file_bytes
        self.info = dict(info or {})
        self.known: dict[str, KnownPayload] = {}  # stored in this run (paths relative to the run directory)
        self.earlier: dict[str, KnownPayload] = {}  # stored by earlier runs (absolute paths)
        self.sequence = 0
        self.fd: int | None = None
        self.path: Path | None = None
        self.size = 0
        self.captures_fd: int | None = None
        self.opened = False
        self.counts = {"records": 0, "revisits": 0, "payload_bytes": 0, "stored_payload_bytes": 0, "file_bytes": 0}
        self.repaired_bytes = 0

    # ------------------------------------------------------------------------------------------ lifecycle
    def open(self) -> None:
        """Repair and re-index what an earlier attempt of this run left, load the known payloads."""
        if self.opened:
            return
        warc_dir = self.run_dir / WARC_DIR
        warc_dir.mkdir(parents=True, exist_ok=True)
        earlier_files = warc_files(self.run_dir)
        for path in earlier_files:
            removed = repair(path)
            if removed:
                self.repaired_bytes += removed
                logger.warning("wparchive: cut a torn record (%d bytes) off the end of %s", removed, path,
                               extra=self.log_extra)
        previous = read_run(self.run_dir).captures if earlier_files else []
        self.known = known_payloads_of(previous)
        self.earlier = read_known_payloads(self.known_payloads_path)
        numbers = [int(m.group(1)) for p in earlier_files if (m := _SEQUENCE.search(p.name))]
        self.sequence = max(numbers, default=0)
        # captures.jsonl is a copy of the WARC files' index: rebuilt whole, then appended to.
        captures_path = self.run_dir / CAPTURES_FILE
        temp = captures_path.with_suffix(".jsonl.tmp")
        temp.write_text("".join(json.dumps(dataclasses.asdict(c), ensure_ascii=False) + "\n" for c in previous),
                        encoding="utf-8")
        os.replace(temp, captures_path)
        self.captures_fd = os.open(captures_path, os.O_WRONLY | os.O_APPEND)
        self.opened = True

    def close(self) -> None:
        for fd in (self.fd, self.captures_fd):
            if fd is not None:
                os.close(fd)
        self.fd = self.captures_fd = None

    def _start_file(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
        self.sequence += 1
        self.path = self.run_dir / WARC_DIR / f"{self.prefix}-{self.sequence:05d}{WARC_SUFFIX}"
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_EXCL, 0o644)
        self.size = 0
        writer = WARCWriter(io.BytesIO(), gzip=False, warc_version="1.1")
        info = {"software": "wparchive", "format": "WARC File Format 1.1",
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
                "isPartOf": self.prefix, **self.info}
        self._append([writer.create_warcinfo_record(self.path.name, info)])

    # ------------------------------------------------------------------------------------------ writing
    def _encode(self, record: Any) -> bytes:
        buffer = io.BytesIO()
        WARCWriter(buffer, gzip=False, warc_version="1.1").write_record(record)
        return gzip.compress(buffer.getvalue(), compresslevel=GZIP_LEVEL, mtime=0)

    def _append(self, records: list[Any]) -> list[tuple[int, int]]:
        """Write records as consecutive gzip members in one write; returns each one's (offset, length)."""
        assert self.fd is not None
        members = [self._encode(r) for r in records]
        data = b"".join(members)
        view = memoryview(data)
        while view:  # os.write to a regular file writes everything at once; loop for the odd short write
            view = view[os.write(self.fd, view):]
        spans = []
        offset = self.size
        for member in members:
            spans.append((offset, len(member)))
            offset += len(member)
        self.counts["file_bytes"] += len(data)
        self.size = offset
        return spans

    def write_exchange(
        self,
        *,
        url: str,
        method: str,
        request_headers: list[tuple[bytes, bytes]],
        request_body: bytes,
        status: int,
        protocol: str | None,
        response_headers: list[tuple[bytes, bytes]],
        body: bytes,
        fetched_at: dt.datetime,
        ip_address: str | None = None,
        truncated: str | None = None,
    ) -> Capture:
        """Archive one response (as a response or revisit record) and its request; index it; return the index."""
        self.open()
        if self.fd is None or self.size >= self.max_file_bytes:
            self._start_file()
        assert self.path is not None
        protocol = protocol or "HTTP/1.1"
        date = warc_date(fetched_at)
        digest = payload_digest(body)
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        status_line = f"{protocol} {status} {reason}".rstrip()
        response_http = _ExactHeaders(f"{status} {reason}".rstrip(), _as_text(response_headers), protocol,
                                      _header_block(status_line.encode("latin-1"), response_headers))
        warc_headers = {"WARC-Date": date, "WARC-Payload-Digest": digest}
        if ip_address:
            warc_headers["WARC-IP-Address"] = ip_address
        if truncated:
            warc_headers["WARC-Truncated"] = truncated
        if method != "GET":
            warc_headers["Wparchive-Request-Method"] = method
        builder = WARCWriter(io.BytesIO(), gzip=False, warc_version="1.1")
        original = (self.known.get(digest) or self.earlier.get(digest)) if body and not truncated else None
        if original is not None:
            ref_file = self._reference(original.warc_file)
            extra = {**warc_headers, "Wparchive-Refers-To-File": ref_file,
                     "Wparchive-Refers-To-Offset": str(original.warc_offset),
                     "Wparchive-Refers-To-Length": str(original.warc_length),
                     "Wparchive-Payload-Length": str(len(body))}
            del extra["WARC-Payload-Digest"]  # create_revisit_record adds it
            if original.record_id:
                extra["WARC-Refers-To"] = original.record_id
            response = builder.create_revisit_record(url, digest, original.url, warc_date(original.fetched_at),
                                                     http_headers=response_http, warc_headers_dict=extra)
        else:
            response = builder.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                  http_headers=response_http, warc_headers_dict=warc_headers)
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        kept = [(k, v) for k, v in request_headers if k.lower() not in _SECRET_REQUEST_HEADERS]
        if not any(k.lower() == b"host" for k, _v in kept):
            kept.insert(0, (b"Host", parts.netloc.encode("latin-1")))
        request_line = f"{method} {target} HTTP/1.1"
        request_http = _ExactHeaders(f"{target} HTTP/1.1", _as_text(kept), method,
                                     _header_block(request_line.encode("latin-1"), kept), is_http_request=True)
        request = builder.create_warc_record(url, "request", payload=io.BytesIO(request_body),
                                             length=len(request_body), http_headers=request_http,
                                             warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response_id})
        ((offset, length), _request_span) = self._append([response, request])
        relative = self.path.relative_to(self.run_dir).as_posix()
        capture = Capture(
            url=url, fetched_at=fetched_at.astimezone(dt.timezone.utc).isoformat(), status=status,
            warc_file=relative, warc_offset=offset, warc_length=length, payload_digest=digest,
            payload_length=len(body), content_type=_first(response_headers, b"content-type"),
            content_encoding=_first(response_headers, b"content-encoding"), is_revisit=original is not None,
            record_id=response_id, method=method,
        )
        if original is not None:
            capture.refers_to_url = original.url
            capture.refers_to_fetched_at = original.fetched_at
            capture.refers_to_record_id = original.record_id
            capture.refers_to_warc_file = self._reference(original.warc_file)
            capture.refers_to_warc_offset = original.warc_offset
            capture.refers_to_warc_length = original.warc_length
            self.counts["revisits"] += 1
        else:
            self.counts["stored_payload_bytes"] += len(body)
            if body and not truncated:
                self.known.setdefault(digest, KnownPayload(
                    payload_digest=digest, url=url, fetched_at=capture.fetched_at, warc_file=relative,
                    warc_offset=offset, warc_length=length, record_id=response_id))
        self.counts["records"] += 1
        self.counts["payload_bytes"] += len(body)
        line = (json.dumps(dataclasses.asdict(capture), ensure_ascii=False) + "\n").encode("utf-8")
        assert self.captures_fd is not None
        os.write(self.captures_fd, line)  # one write: a killed crawl leaves whole lines
        return capture

    def _reference(self, warc_file: str) -> str:
        """How a revisit names its original's file: relative to this run directory when both sit in one tree
        (the data directory can then move as a whole), absolute otherwise."""
        path = Path(warc_file)
        if not path.is_absolute():
            return warc_file
        common = os.path.commonpath([str(path), str(self.run_dir.resolve())])
        return os.path.relpath(path, self.run_dir.resolve()) if common != os.sep else str(path)


def _first(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    return next((v.decode("latin-1") for k, v in headers if k.lower() == name), None)


def _raw_headers(headers: Any) -> list[tuple[bytes, bytes]]:
    """Scrapy Headers → (name, value) pairs in received order, one pair per value."""
    return [(bytes(k), bytes(v)) for k, values in headers.items() for v in values]


class WarcArchiveMiddleware:
    """Downloader middleware (order 950): archives every response with its request into the run's WARC files.

    On by default; ``WPARCHIVE_WARC_ENABLED = False`` turns it off. Responses served from Scrapy's HTTP cache or
    replayed from an archive (``crawler.replay``) are not archived again.
    """

    def __init__(self, crawler: Crawler, archive: RunArchive, erasures: ErasureList | None = None):
        self.crawler = crawler
        self.archive = archive
        self.erasures = erasures or ErasureList()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        run_dir = settings.get("WPARCHIVE_RUN_DIR")
        if not settings.getbool("WPARCHIVE_WARC_ENABLED") or not run_dir:
            raise NotConfigured  # archive off (WPARCHIVE_WARC_ENABLED) or no run directory
        known = settings.get("WPARCHIVE_WARC_KNOWN_PAYLOADS")
        archive = RunArchive(
            Path(run_dir),
            known_payloads=Path(known) if known else None,
            max_file_bytes=settings.getint("WPARCHIVE_WARC_MAX_FILE_BYTES"),
            info={"robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                  "http-header-user-agent": settings.get("USER_AGENT") or ""},
            log_extra={"crawler": crawler},
        )
        o = cls(crawler, archive, ErasureList.for_run_dir(Path(run_dir), settings.get("WPARCHIVE_ERASURE_LIST")))
        crawler.signals.connect(o.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(o.spider_closed, signal=signals.spider_closed)
        return o

    def spider_opened(self, spider: Any) -> None:
        site = getattr(spider, "site_url", None)
        if site:
            self.archive.info["description"] = f"wparchive crawl of {site}"
        self.archive.open()
        if self.archive.repaired_bytes:
            self.crawler.stats.set_value("wparchive/warc/repaired_bytes", self.archive.repaired_bytes)

    def process_response(self, request: Request, response: Response) -> Response:
        if "cached" in response.flags or "replayed" in response.flags:
            return response
        truncated = ("disconnect" if "dataloss" in response.flags
                     else "unspecified" if "download_stopped" in response.flags else None)
        body, headers = response.body, _raw_headers(response.headers)
        if self.erasures and body:
            # Redacted at write time: an erased commenter's comments never reach the disk (the spider still
            # parses the response as received; the run directory writer leaves the comments out).
            redacted = redact_payload(body, url=request.url, site=None, content_type=_first(headers, b"content-type"),
                                      content_encoding=_first(headers, b"content-encoding"), erasures=self.erasures)
            if redacted is not None:
                body = redacted[0]
                headers = [(k, str(len(body)).encode() if k.lower() == b"content-length" else v) for k, v in headers]
                self.crawler.stats.inc_value("wparchive/erasure/redacted_records")
        capture = self.archive.write_exchange(
            url=request.url, method=request.method, request_headers=_raw_headers(request.headers),
            request_body=request.body or b"", status=response.status, protocol=response.protocol,
            response_headers=headers, body=body,
            fetched_at=dt.datetime.now(dt.timezone.utc),
            ip_address=str(response.ip_address) if response.ip_address else None, truncated=truncated,
        )
        # Kept current as we go: the run directory writer saves stats.json on spider_closed, before us.
        stats = self.crawler.stats
        stats.inc_value("wparchive/warc/records")
        stats.inc_value("wparchive/warc/revisits" if capture.is_revisit else "wparchive/warc/responses")
        stats.inc_value("wparchive/warc/payload_bytes", capture.payload_length)
        stats.set_value("wparchive/warc/bytes_written", self.archive.counts["file_bytes"])
        return response

    def spider_closed(self, spider: Any) -> None:
        self.archive.close()
