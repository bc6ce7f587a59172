"""Reading the raw archive: a run's WARC files, their index (captures), stored responses and revisit resolution.

A run directory's archive is ``warc/*.warc.gz`` (written by ``crawler.warc``): one gzip member per record, so
every record starts at a known offset and a crawl killed mid-write leaves at most one torn member at the end of
one file. Everything here reads those files only — no network, no database, no Scrapy — so the replay
(``crawler.replay``), the cleaning step and ``wparchive show`` share it.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import posixpath
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from crawler.outputs import read_jsonl

WARC_DIR = "warc"
WARC_SUFFIX = ".warc.gz"
CAPTURES_FILE = "captures.jsonl"  # the crawler's live index of its WARC records
KNOWN_PAYLOADS_FILE = "known_payloads.jsonl"  # written by the flow before a crawl: payloads earlier runs stored
# In a run directory whose WARC files stayed in object storage (a crawl on another machine, flows/shards.py): the
# URI of the run directory there ({"root": "s3://bucket/prefix/runs/<run>/<site>/attempt-1"}).
ARCHIVE_POINTER_FILE = "archive.json"
_CHUNK = 1 << 20


class ArchiveError(RuntimeError):
    """An archive that can't answer: no WARC files, a record that isn't where the index says, …"""


@dataclass
class Capture:
    """One HTTP response in the archive (a ``response`` or ``revisit`` record). -> captures.jsonl

    ``warc_file`` is relative to the run directory. For a revisit, ``refers_to_*`` locate the record holding the
    payload: ``refers_to_warc_file`` is relative to the run directory (``../../<run>/<site>/warc/…`` for an
    earlier run), or absolute when it lies outside the data directory's tree.
    """

    url: str
    fetched_at: str  # ISO 8601 UTC, microseconds
    status: int
    warc_file: str
    warc_offset: int
    warc_length: int
    payload_digest: str | None  # "sha1:<base32>", as WARC-Payload-Digest
    payload_length: int
    content_type: str | None
    content_encoding: str | None
    is_revisit: bool = False
    record_id: str | None = None
    method: str = "GET"
    refers_to_url: str | None = None
    refers_to_fetched_at: str | None = None
    refers_to_record_id: str | None = None
    refers_to_warc_file: str | None = None
    refers_to_warc_offset: int | None = None
    refers_to_warc_length: int | None = None


@dataclass
class KnownPayload:
    """A payload already stored in some WARC record: a later response with the same digest becomes a revisit.

    ``warc_file`` is absolute in known_payloads.jsonl (the flow writes it from the warehouse) and relative to the
    run directory for payloads stored earlier in the same run.
    """

    payload_digest: str
    url: str
    fetched_at: str
    warc_file: str
    warc_offset: int
    warc_length: int
    record_id: str | None = None


@dataclass
class StoredResponse:
    """A response as the archive holds it: status, headers and body exactly as received (Content-Encoding kept)."""

    url: str
    fetched_at: str
    status: int
    protocol: str
    headers: list[tuple[str, str]]
    body: bytes
    is_revisit: bool = False
    warc_file: str | None = None
    warc_offset: int | None = None

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)

    def decoded_body(self) -> bytes:
        """The body with its Content-Encoding undone (what a browser would render)."""
        return decode_content(self.body, self.header("Content-Encoding"))


@dataclass
class Member:
    """One complete gzip member of a WARC file: one record."""

    offset: int
    length: int
    data: bytes  # decompressed


@dataclass
class MemberScan:
    """What scanning a WARC file found: where its complete records end, and whether a torn tail follows."""

    size: int
    valid_end: int = 0
    members: int = 0
    torn_bytes: int = 0
    errors: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ low level

def payload_digest(body: bytes) -> str:
    """``sha1:<base32>``, the form of WARC-Payload-Digest."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_date(value: str | dt.datetime) -> str:
    """A time as WARC/1.1 writes it: ``2024-03-01T12:00:00.123456Z``."""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    when = when.astimezone(dt.timezone.utc) if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_from_warc_date(value: str) -> str:
    """WARC-Date → ISO 8601 with an explicit UTC offset (the form every ``*_at`` field uses)."""
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.timezone.utc).isoformat()


def iter_members(path: Path, scan: MemberScan | None = None) -> Iterator[Member]:
    """Every complete gzip member of ``path``, in order. A torn or corrupt tail ends the iteration (recorded in
    ``scan``), never raises: the members before it are whole records."""
    scan = scan if scan is not None else MemberScan(size=0)
    with open_archive_file(path) as handle:
        scan.size = handle.seek(0, os.SEEK_END)
        handle.seek(0)
        offset = 0
        pending = b""
        while True:
            if not pending:
                pending = handle.read(_CHUNK)
                if not pending:
                    return  # a clean end: the last member was complete
            decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
            out: list[bytes] = []
            consumed = 0
            try:
                while True:
                    out.append(decomp.decompress(pending))
                    if decomp.eof:
                        consumed += len(pending) - len(decomp.unused_data)
                        pending = decomp.unused_data
                        break
                    consumed += len(pending)
                    pending = handle.read(_CHUNK)
                    if not pending:
                        scan.torn_bytes = scan.size - offset
                        scan.errors.append(f"torn record at offset {offset}: {scan.torn_bytes} bytes without an end")
                        return
            except zlib.error as exc:
                scan.torn_bytes = scan.size - offset
                scan.errors.append(f"corrupt data at offset {offset}: {exc}")
                return
            scan.members += 1
            scan.valid_end = offset + consumed
            yield Member(offset, consumed, b"".join(out))
            offset += consumed


def repair(path: Path) -> int:
    """Cut a torn tail off a WARC file (a record a crash left half-written); returns the bytes removed."""
    scan = MemberScan(size=0)
    for _member in iter_members(path, scan):
        pass
    if scan.torn_bytes:
        with open(path, "r+b") as handle:
            handle.truncate(scan.valid_end)
            handle.flush()
            os.fsync(handle.fileno())
    return scan.torn_bytes


def parse_record(data: bytes) -> ArcWarcRecord:
    """The WARC record in one decompressed member (its content stream still readable)."""
    iterator = iter(ArchiveIterator(io.BytesIO(data), ensure_http_headers=False))
    try:
        return next(iterator)
    except StopIteration:
        raise ArchiveError("an empty WARC member") from None


def read_member(path: Path | str, offset: int, length: int) -> bytes:
    """The decompressed bytes of the record at ``offset`` (as a capture or a revisit names it)."""
    with open_archive_file(path) as handle:
        handle.seek(offset)
        raw = handle.read(length)
    if len(raw) != length:
        raise ArchiveError(f"{path} ends before the record at {offset} (+{length} bytes)")
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise ArchiveError(f"{path}: no whole record at offset {offset}: {exc}") from exc


def decode_content(body: bytes, content_encoding: str | None) -> bytes:
    """Undo a Content-Encoding (gzip, deflate, br when the brotli package is installed; identity)."""
    body_out = body
    for coding in reversed([c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]):
        if coding in ("gzip", "x-gzip"):
            body_out = gzip.decompress(body_out)
        elif coding == "deflate":
            try:
                body_out = zlib.decompress(body_out)
            except zlib.error:  # some servers send raw deflate
                body_out = zlib.decompress(body_out, -zlib.MAX_WBITS)
        elif coding == "br":
            try:
                import brotli  # type: ignore[import-not-found]
            except ImportError as exc:
                raise ArchiveError("the body is brotli-encoded and the brotli package is not installed") from exc
            body_out = brotli.decompress(body_out)
        elif coding != "identity":
            raise ArchiveError(f"unsupported Content-Encoding {coding!r}")
    return body_out


# ------------------------------------------------------------------------------------------------ run level

def is_uri(location: Path | str) -> bool:
    """True for an object-store location (``s3://…``, any fsspec URL), False for a local path."""
    return "://" in str(location)


def open_archive_file(location: Path | str) -> IO[bytes]:
    """A WARC file opened for reading: a local path, or a URI through fsspec (s3fs for ``s3://``; its endpoint and
    options from fsspec's configuration, e.g. ``FSSPEC_S3_ENDPOINT_URL``; credentials from the usual AWS chain)."""
    if is_uri(location):
        import fsspec

        return fsspec.open(str(location), "rb").open()
    return open(location, "rb")


def archive_root(run_dir: Path) -> Path | str:
    """Where a run directory's WARC files are: the directory itself, or the object-store URI that its
    ``archive.json`` names (a run crawled on another machine whose WARC files were not copied here)."""
    pointer = Path(run_dir) / ARCHIVE_POINTER_FILE
    if pointer.exists():
        return str(json.loads(pointer.read_text(encoding="utf-8"))["root"]).rstrip("/")
    return Path(run_dir)


def _archive_files(root: Path | str) -> list[tuple[Path | str, str]]:
    """(location, name relative to the run directory) of each WARC file under ``root``, in write order."""
    if not is_uri(root):
        return [(path, path.relative_to(root).as_posix()) for path in warc_files(Path(root))]
    import fsspec.core

    fs, base = fsspec.core.url_to_fs(str(root))
    found = sorted(fs.glob(f"{base}/{WARC_DIR}/*{WARC_SUFFIX}"))
    return [(fs.unstrip_protocol(path), posixpath.relpath(path, base)) for path in found]


def warc_files(run_dir: Path) -> list[Path]:
    """The run's WARC files in the order they were written (names carry a sequence number)."""
    directory = Path(run_dir) / WARC_DIR
    return sorted(directory.glob(f"*{WARC_SUFFIX}")) if directory.is_dir() else []


def _http_header(record: ArcWarcRecord, name: str) -> str | None:
    return record.http_headers.get_header(name) if record.http_headers else None


def capture_of(record: ArcWarcRecord, warc_file: str, offset: int, length: int) -> Capture:
    """The index entry of one response or revisit record."""
    headers = record.rec_headers
    is_revisit = record.rec_type == "revisit"
    # A revisit stores no payload; it names the length of the one it stands for.
    payload_length = (int(headers.get_header("Wparchive-Payload-Length") or 0) if is_revisit
                      else _payload_length(record))
    ref_offset = headers.get_header("Wparchive-Refers-To-Offset")
    ref_length = headers.get_header("Wparchive-Refers-To-Length")
    status = record.http_headers.get_statuscode() if record.http_headers else None
    return Capture(
        url=headers.get_header("WARC-Target-URI"),
        fetched_at=iso_from_warc_date(headers.get_header("WARC-Date")),
        status=int(status) if status else 0,
        warc_file=warc_file,
        warc_offset=offset,
        warc_length=length,
        payload_digest=headers.get_header("WARC-Payload-Digest"),
        payload_length=payload_length,
        content_type=_http_header(record, "Content-Type"),
        content_encoding=_http_header(record, "Content-Encoding"),
        is_revisit=is_revisit,
        record_id=headers.get_header("WARC-Record-ID"),
        method=headers.get_header("Wparchive-Request-Method") or "GET",
        refers_to_url=headers.get_header("WARC-Refers-To-Target-URI"),
        refers_to_fetched_at=(iso_from_warc_date(headers.get_header("WARC-Refers-To-Date"))
                              if headers.get_header("WARC-Refers-To-Date") else None),
        refers_to_record_id=headers.get_header("WARC-Refers-To"),
        refers_to_warc_file=headers.get_header("Wparchive-Refers-To-File"),
        refers_to_warc_offset=int(ref_offset) if ref_offset else None,
        refers_to_warc_length=int(ref_length) if ref_length else None,
    )


def _payload_length(record: ArcWarcRecord) -> int:
    """Bytes of payload after the HTTP headers (the raw body, Content-Encoding kept)."""
    total = 0
    stream = record.raw_stream
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
    return total


@dataclass
class RunRecords:
    """Every record of a run's WARC files: captures in write order, the request headers seen, torn tails."""

    captures: list[Capture] = field(default_factory=list)
    user_agent: str | None = None
    torn: list[str] = field(default_factory=list)  # "warc/x.warc.gz: torn record at offset …"


def read_run(run_dir: Path) -> RunRecords:
    """Index a run's archive from the WARC files alone (the files are the truth; captures.jsonl is a copy)."""
    result = RunRecords()
    for path, relative in _archive_files(archive_root(Path(run_dir))):
        scan = MemberScan(size=0)
        for member in iter_members(path, scan):
            record = parse_record(member.data)
            if record.rec_type in ("response", "revisit"):
                result.captures.append(capture_of(record, relative, member.offset, member.length))
            elif record.rec_type == "request" and result.user_agent is None:
                result.user_agent = _http_header(record, "User-Agent")
        result.torn += [f"{relative}: {error}" for error in scan.errors]
    return result


def resolve_path(run_dir: Path | str, warc_file: str) -> Path | str:
    """A ``warc_file`` as captures name it (relative to the run directory, absolute, or a URI) → a path, or a URI
    when the file or the run directory (``archive_root``) is in object storage."""
    if is_uri(warc_file):
        return warc_file
    if is_uri(run_dir):
        scheme, rest = str(run_dir).split("://", 1)
        return f"{scheme}://{posixpath.normpath(posixpath.join(rest, warc_file))}"
    path = Path(warc_file)
    return path if path.is_absolute() else Path(os.path.normpath(Path(run_dir) / path))


def read_response(path: Path | str, offset: int, length: int, *, base_dir: Path | str | None = None,
                  _depth: int = 0) -> StoredResponse:
    """The response stored at ``path``/``offset``; a revisit is resolved to its original's payload (with the
    revisit's own status and headers). ``base_dir`` resolves a revisit's relative reference (default: the run
    directory of ``path``)."""
    record = parse_record(read_member(path, offset, length))
    if record.rec_type not in ("response", "revisit"):
        raise ArchiveError(f"{path}@{offset} is a {record.rec_type} record, not a response")
    headers = record.rec_headers
    http = record.http_headers
    body = record.raw_stream.read() if record.rec_type == "response" else b""
    response = StoredResponse(
        url=headers.get_header("WARC-Target-URI"),
        fetched_at=iso_from_warc_date(headers.get_header("WARC-Date")),
        status=int(http.get_statuscode() or 0) if http else 0,
        protocol=(http.protocol or "HTTP/1.1") if http else "HTTP/1.1",
        headers=list(http.headers) if http else [],
        body=body,
        is_revisit=record.rec_type == "revisit",
        warc_file=str(path),
        warc_offset=offset,
    )
    if response.is_revisit:
        if _depth > 3:
            raise ArchiveError(f"{path}@{offset}: a chain of revisits that never reaches a payload")
        original = _original_of(record, path, base_dir)
        stored = read_response(original[0], original[1], original[2], _depth=_depth + 1)
        digest = payload_digest(stored.body)
        if digest != headers.get_header("WARC-Payload-Digest"):
            raise ArchiveError(f"{path}@{offset}: the revisited record's payload digest {digest} differs from "
                               f"{headers.get_header('WARC-Payload-Digest')}")
        response.body = stored.body
    return response


def _original_of(record: ArcWarcRecord, path: Path | str, base_dir: Path | str | None,
                 ) -> tuple[Path | str, int, int]:
    headers = record.rec_headers
    ref_file = headers.get_header("Wparchive-Refers-To-File")
    ref_offset = headers.get_header("Wparchive-Refers-To-Offset")
    ref_length = headers.get_header("Wparchive-Refers-To-Length")
    if not (ref_file and ref_offset and ref_length):
        raise ArchiveError(f"{path}: revisit of {headers.get_header('WARC-Refers-To-Target-URI')} says not where "
                           "its payload is stored")
    if base_dir is not None:
        base = base_dir
    elif is_uri(path):
        base = posixpath.dirname(posixpath.dirname(str(path)))  # <run_dir>/warc/<file>
    else:
        base = Path(path).parent.parent
    return resolve_path(base, ref_file), int(ref_offset), int(ref_length)


def known_payloads_of(captures: list[Capture]) -> dict[str, KnownPayload]:
    """Digest → the first stored (non-revisit, non-empty) payload among ``captures``."""
    known: dict[str, KnownPayload] = {}
    for c in captures:
        if c.is_revisit or not c.payload_digest or not c.payload_length or c.payload_digest in known:
            continue
        known[c.payload_digest] = KnownPayload(
            payload_digest=c.payload_digest, url=c.url, fetched_at=c.fetched_at, warc_file=c.warc_file,
            warc_offset=c.warc_offset, warc_length=c.warc_length, record_id=c.record_id)
    return known


def capture_row(capture: Capture, run_dir: Path) -> dict[str, Any]:
    """A capture as the warehouse loads it: file paths made absolute (normalised) against the run directory, or
    URIs when its WARC files are in object storage (``archive_root``)."""
    root = archive_root(run_dir)
    row = dict(capture.__dict__)
    row["warc_file"] = str(resolve_path(root, capture.warc_file))
    if capture.refers_to_warc_file:
        row["refers_to_warc_file"] = str(resolve_path(root, capture.refers_to_warc_file))
    return row


def read_known_payloads(path: Path) -> dict[str, KnownPayload]:
    """known_payloads.jsonl → digest → stored payload; entries whose local WARC file is gone are skipped (one in
    object storage, a URI, is taken as the warehouse says: checking it would cost a request per file)."""
    known: dict[str, KnownPayload] = {}
    if not path.exists():
        return known
    for record in read_jsonl(path):
        entry = KnownPayload(**record)
        if is_uri(entry.warc_file) or (Path(entry.warc_file).is_absolute() and Path(entry.warc_file).exists()):
            known.setdefault(entry.payload_digest, entry)
    return known


def write_known_payloads(path: Path, payloads: list[KnownPayload]) -> int:
    """Write known_payloads.jsonl (the flow's hand-over of what earlier runs stored); returns the entries."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for payload in payloads:
            handle.write(json.dumps(dataclasses.asdict(payload), ensure_ascii=False) + "\n")
    return len(payloads)
