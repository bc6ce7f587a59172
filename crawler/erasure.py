"""Erasure on request (GDPR art. 17): the erasure list, and taking an erased commenter out of raw payloads.

The erasure list (``<data_dir>/erasure-list.json``) holds, per erased key, a salted SHA-256 of it — never the name,
URL or comment id itself — with its kind and the erasure's id. Crawls read it (``ErasureList.for_run_dir``) and
apply it before anything is written: the run directory writer leaves matching comments out, the WARC writer
stores payloads with them taken out (``redact_payload``). ``wparchive forget`` applies the same redaction to the
WARC files already written (``rewrite_warc_file``), knowing the plain keys for that one run.

A payload is redacted by what it shows: a REST comment listing loses the erased comment objects (replies keep their
``parent``); an HTML page keeps each erased comment's ``li#comment-N`` with its replies but replaces the comment's
own content by a placeholder, and every other occurrence of the commenter's name or URL (a "recent comments"
widget, a reply link's label) by ``ERASED_NAME``. The payload is re-encoded with its original Content-Encoding.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import gzip
import hashlib
import json
import os
import re
import secrets
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import lxml.html
from lxml import etree

ERASURE_LIST_FILE = "erasure-list.json"
# What an erased comment's place in a page says (the blog is Swedish; the report is read by Swedish staff).
ERASED_TEXT = "[Kommentaren är raderad på skribentens begäran]"
ERASED_NAME = "[raderad]"
ERASED_CLASS = "wparchive-erased"
KEY_KINDS = ("name", "comment_id", "url")
# Besides the key the person was erased by, the list holds hashes of their names and of their sentences (at least
# this long: shorter ones are everyone's words), so a crawl also finds them quoted in a post or another comment.
MIN_SENTENCE = 24
MAX_NAME_WORDS = 5
_WORD = re.compile(r"\w[\w'’.-]*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|(?<=:)\s+(?=[”“\"«„])|\n+|<[^>]*>")
_QUOTES = " \t\"'”“’‘«»„"
_COMMENT_ID = re.compile(r"^comment-(\d+)$")
_FRAGMENT_ID = re.compile(r"#comment-(\d+)\b")


# ------------------------------------------------------------------------------------------------ keys

def normalise_key(kind: str, value: str | int) -> str:
    """The form a key is hashed in: a name as shown (NFC, whitespace collapsed, case kept), a URL without case in
    scheme and host nor a trailing slash, a comment id as digits."""
    if kind == "name":
        return " ".join(unicodedata.normalize("NFC", str(value)).split())
    if kind == "url":
        parts = urlsplit(str(value).strip())
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))
    if kind == "comment_id":
        return str(int(value))
    if kind == "sentence":
        return " ".join(unicodedata.normalize("NFC", str(value)).split()).strip(_QUOTES)
    raise ValueError(f"unknown key kind {kind!r} (one of {', '.join(KEY_KINDS)})")


@functools.lru_cache(maxsize=1 << 16)  # a crawl hashes the same words on every page (menus, widgets)
def key_hash(salt: str, kind: str, value: str | int) -> str:
    return hashlib.sha256(f"{salt}\x00{kind}\x00{normalise_key(kind, value)}".encode("utf-8")).hexdigest()


def distinctive_name(name: str) -> bool:
    """Whether a name stands for the person wherever it appears in running text: a name of two or more words ("Bo
    Ek") or a handle ("kalle_83"). One word of letters ("Bo", "Anna") is also an ordinary word or someone else's
    first name: it is erased as a commenter's whole name, never in other people's words."""
    return len(name.split()) > 1 or not name.replace("-", "").isalpha()


def sentences_of(text: str) -> list[str]:
    """A text's sentences as the erasure list hashes them (quotes and spacing stripped), the short ones left out."""
    parts = (normalise_key("sentence", part) for part in _SENTENCE_BREAK.split(text or ""))
    return [part for part in parts if len(part) >= MIN_SENTENCE]


@dataclass
class ErasureEntry:
    """One erased key: its kind and salted hash; for a comment id, the site it belongs to (not personal)."""

    erasure_id: str
    kind: str
    key_hash: str
    site: str | None = None
    added_at: str | None = None
    words: int | None = None  # for a name: how many words it has (a crawl tries only runs of that length)


@dataclass
class ErasureList:
    """The keys later crawls keep out. ``salt`` is per archive, made when the first key is added."""

    salt: str = ""
    entries: list[ErasureEntry] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> ErasureList:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(salt=data.get("salt", ""), entries=[ErasureEntry(**e) for e in data.get("entries", [])])

    @classmethod
    def for_run_dir(cls, run_dir: Path, explicit: str | None = None) -> ErasureList | ErasureLists:
        """What a crawl into ``run_dir`` applies: the first erasure-list.json among the run directory's ancestors
        (``<data_dir>/runs/<run>/<site>``, where `wparchive forget` adds keys) and ``explicit`` (a path), both
        when both exist: a list kept elsewhere never hides an erasure made here."""
        paths = [Path(explicit)] if explicit else []
        own = cls.path_for_run_dir(run_dir)
        if own is not None:
            paths.append(own)
        lists = [cls.read(path) for path in dict.fromkeys(p.resolve() for p in paths)]
        return cls() if not lists else lists[0] if len(lists) == 1 else ErasureLists(lists)

    @staticmethod
    def path_for_run_dir(run_dir: Path, explicit: str | None = None) -> Path | None:
        """Where the list ``for_run_dir`` reads is (None: there is none)."""
        if explicit:
            return Path(explicit)
        for parent in list(Path(run_dir).resolve().parents)[:4]:
            if (parent / ERASURE_LIST_FILE).exists():
                return parent / ERASURE_LIST_FILE
        return None

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        data = {"salt": self.salt, "entries": [dataclasses.asdict(e) for e in self.entries]}
        temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, path)

    def add(self, erasure_id: str, kind: str, value: str | int, *, site: str | None, added_at: str) -> None:
        if not self.salt:
            self.salt = secrets.token_hex(16)
        digest = key_hash(self.salt, kind, value)
        if not any(e.kind == kind and e.key_hash == digest and e.site == site for e in self.entries):
            words = len(normalise_key(kind, value).split()) if kind == "name" else None
            self.entries.append(ErasureEntry(erasure_id, kind, digest, site if kind == "comment_id" else None,
                                             added_at, words))

    def add_words(self, erasure_id: str, *, names: set[str], texts: list[str], added_at: str) -> None:
        """Also keep out their names and their sentences wherever a page shows them (a quote, a mention)."""
        for name in names:
            self.add(erasure_id, "name", name, site=None, added_at=added_at)
        for text in texts:
            for sentence in sentences_of(text):
                self.add(erasure_id, "sentence", sentence, site=None, added_at=added_at)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def _lookup(self) -> tuple[set[str], tuple[int, ...], set[str]]:
        """Name hashes, the word counts names have, sentence hashes (built once per list and size)."""
        if getattr(self, "_cache_size", None) != len(self.entries):
            names = {e.key_hash for e in self.entries if e.kind == "name"}
            lengths = {n for e in self.entries if e.kind == "name" for n in range(1, MAX_NAME_WORDS + 1)
                       if e.words is None or n == e.words}
            self._cache = (names, tuple(sorted(lengths)), {e.key_hash for e in self.entries if e.kind == "sentence"})
            self._cache_size = len(self.entries)
        return self._cache

    def redact_text(self, text: str | None) -> str | None:
        """``text`` with the listed names (runs of up to five words) and sentences replaced by placeholders."""
        if not text or not self.entries:
            return text
        spans: list[tuple[int, int, str]] = []
        names, lengths, sentences = self._lookup()
        if names:
            words = list(_WORD.finditer(text))
            # joined[k]: word k and word k+1 are separated by spacing only (a name never spans more)
            joined = [not text[a.end():b.start()].strip() for a, b in zip(words, words[1:])]
            for i in range(len(words)):
                for length in lengths:
                    j = i + length - 1
                    if j >= len(words) or not all(joined[i:j]):
                        continue
                    candidate = text[words[i].start():words[j].end()].rstrip(".")
                    if distinctive_name(candidate) and key_hash(self.salt, "name", candidate) in names:
                        spans.append((words[i].start(), words[i].start() + len(candidate), ERASED_NAME))
        if sentences:
            start = 0
            for end_match in [*_SENTENCE_BREAK.finditer(text), None]:
                end = end_match.start() if end_match else len(text)
                part = text[start:end]
                stripped = part.strip(_QUOTES)
                if len(stripped) >= MIN_SENTENCE and key_hash(self.salt, "sentence", stripped) in sentences:
                    offset = start + part.index(stripped)
                    spans.append((offset, offset + len(stripped), ERASED_TEXT))
                start = end_match.end() if end_match else len(text)
        if not spans:
            return text
        out, last = [], 0
        for begin, end, replacement in sorted(spans):
            if begin < last:
                continue  # overlaps a span already replaced (a name inside an erased sentence)
            out += [text[last:begin], replacement]
            last = end
        return "".join(out) + text[last:]

    def matches(self, *, site: str | None, wp_comment_id: int | None, author_name: str | None,
                author_url: str | None) -> bool:
        """Is this comment (or its author) on the list?"""
        for entry in self.entries:
            if entry.kind == "name" and author_name:
                if key_hash(self.salt, "name", author_name) == entry.key_hash:
                    return True
            elif entry.kind == "url" and author_url:
                if key_hash(self.salt, "url", author_url) == entry.key_hash:
                    return True
            elif entry.kind == "comment_id" and wp_comment_id is not None:
                if (_same_site(entry.site, site)
                        and key_hash(self.salt, "comment_id", wp_comment_id) == entry.key_hash):
                    return True
        return False


class ErasureLists:
    """Several erasure lists (each with its own salt) applied as one."""

    def __init__(self, lists: list[ErasureList]):
        self.lists = lists

    def __bool__(self) -> bool:
        return any(self.lists)

    def redact_text(self, text: str | None) -> str | None:
        for erasures in self.lists:
            text = erasures.redact_text(text)
        return text

    def matches(self, *, site: str | None, wp_comment_id: int | None, author_name: str | None,
                author_url: str | None) -> bool:
        return any(e.matches(site=site, wp_comment_id=wp_comment_id, author_name=author_name, author_url=author_url)
                   for e in self.lists)


def _same_site(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a.rstrip("/").lower() == b.rstrip("/").lower()


# ------------------------------------------------------------------------------------------------ payloads

@dataclass
class Redaction:
    """What taking the erased out of one payload found: their comment ids, the names and URLs shown, and how many
    strings elsewhere (a quote in a post, a mention) held their words."""

    comment_ids: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    strings: int = 0

    def __bool__(self) -> bool:
        return bool(self.comment_ids or self.names or self.urls or self.strings)


@dataclass
class Needles:
    """Plain keys ``wparchive forget`` knows (it is given them; a crawl only ever has the hashes)."""

    comment_ids: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)  # their words (comments, sentences), longest first


def _scrubber(erasures: ErasureList, needles: Needles | None) -> Any:
    """A function taking the erased person's words and names out of one string (plain needles, then hashes)."""
    plain = sorted(needles.texts, key=len, reverse=True) if needles else []

    def scrub(value: str) -> str:
        for text in plain:
            if text in value:
                value = value.replace(text, ERASED_NAME)
        return erasures.redact_text(value) or value

    return scrub


def _decode(body: bytes, encoding: str | None) -> bytes | None:
    from crawler.archive import ArchiveError, decode_content

    try:
        return decode_content(body, encoding)
    except (ArchiveError, OSError, EOFError, zlib.error):
        return None  # a payload we can't read can't be redacted: the caller treats it as untouched


def _encode(body: bytes, encoding: str | None) -> bytes:
    for coding in [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]:
        if coding in ("gzip", "x-gzip"):
            body = gzip.compress(body, mtime=0)
        elif coding == "deflate":
            body = zlib.compress(body)
        elif coding == "br":
            import brotli  # type: ignore[import-not-found]

            body = brotli.compress(body)
    return body


def redact_payload(body: bytes, *, url: str, site: str | None, content_type: str | None,
                   content_encoding: str | None, erasures: ErasureList,
                   needles: Needles | None = None) -> tuple[bytes, Redaction] | None:
    """``body`` (as received, Content-Encoding kept) without the erased; None when they don't appear in it."""
    plain = _decode(body, content_encoding)
    if not plain:
        return None
    kind = (content_type or "").lower()
    if "json" in kind or plain.lstrip()[:1] in (b"[", b"{"):
        result = _redact_json(plain, site=site, erasures=erasures, needles=needles)
    elif "html" in kind or b"<html" in plain[:2048].lower():
        result = _redact_html(plain, url=url, site=site, erasures=erasures, needles=needles,
                              charset=_charset(content_type, plain))
    elif "xml" in kind or "text/" in kind:  # feeds, sitemaps, plain text: their words wherever they stand
        result = _redact_text(plain, erasures=erasures, needles=needles)
    else:
        result = None
    if result is None:
        return None
    new_plain, redaction = result
    return _encode(new_plain, content_encoding), redaction


def _is_erased(erasures: ErasureList, needles: Needles | None, *, site: str | None, comment_id: int | None,
               name: str | None, author_url: str | None) -> bool:
    if needles is not None:
        if comment_id is not None and comment_id in needles.comment_ids:
            return True
        if name and normalise_key("name", name) in needles.names:
            return True
        if author_url and normalise_key("url", author_url) in needles.urls:
            return True
    return erasures.matches(site=site, wp_comment_id=comment_id, author_name=name, author_url=author_url)


def _redact_text(plain: bytes, *, erasures: ErasureList, needles: Needles | None) -> tuple[bytes, Redaction] | None:
    try:
        text = plain.decode("utf-8")
    except UnicodeDecodeError:
        return None  # only UTF-8 text is rewritten; a feed in another charset is left as received
    new = _scrubber(erasures, needles)(text)
    return (new.encode("utf-8"), Redaction(strings=1)) if new != text else None


def _redact_json(plain: bytes, *, site: str | None, erasures: ErasureList,
                 needles: Needles | None) -> tuple[bytes, Redaction] | None:
    try:
        data = json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        return None
    redaction = Redaction()
    scrub = _scrubber(erasures, needles)
    changed = False

    def walk(value: Any) -> Any:
        nonlocal changed
        if isinstance(value, str):
            new = scrub(value)
            if new != value:
                changed = True
                redaction.strings += 1
            return new
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    if not isinstance(data, list) or not all(isinstance(o, dict) for o in data):
        data = walk(data)
        return (json.dumps(data, separators=(",", ":")).encode("ascii"), redaction) if changed else None
    kept = []
    for obj in data:
        if "author_name" in obj and isinstance(obj.get("id"), int) and _is_erased(
                erasures, needles, site=site, comment_id=obj["id"], name=obj.get("author_name"),
                author_url=obj.get("author_url")):
            redaction.comment_ids.add(obj["id"])
            if obj.get("author_name"):
                redaction.names.add(obj["author_name"])
            if obj.get("author_url"):
                redaction.urls.add(obj["author_url"])
            continue
        kept.append(walk(obj))
    if not redaction and not changed:
        return None
    # WordPress's own spelling: ASCII with \u escapes, no spaces.
    return json.dumps(kept, separators=(",", ":")).encode("ascii"), redaction


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset=([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _charset(content_type: str | None, plain: bytes) -> str:
    """The page's charset: the header's, else the page's own meta tag, else UTF-8 (as browsers do for HTML5)."""
    for match in (_HEADER_CHARSET.search(content_type or ""), _META_CHARSET.search(plain[:4096])):
        if match:
            name = match.group(1).decode("ascii") if isinstance(match.group(1), bytes) else match.group(1)
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return "utf-8"


def _redact_html(plain: bytes, *, url: str, site: str | None, erasures: ErasureList,
                 needles: Needles | None, charset: str = "utf-8") -> tuple[bytes, Redaction] | None:
    from crawler.pages.post import read_page
    from crawler.pages.selectors import RECENT_COMMENT_ITEMS_XPATH

    redaction = Redaction()
    reading = read_page(plain, url)
    for comment in (reading.comments if reading is not None else []):
        if _is_erased(erasures, needles, site=site, comment_id=comment.wp_comment_id, name=comment.author_name,
                      author_url=comment.author_url):
            if comment.wp_comment_id is not None:
                redaction.comment_ids.add(comment.wp_comment_id)
            if comment.author_name:
                redaction.names.add(comment.author_name)
            if comment.author_url:
                redaction.urls.add(comment.author_url)
    source = plain.decode(charset, errors="replace")
    try:
        # lxml refuses a str that starts with an XML declaration (XHTML): it names the charset decoded above
        doc = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", source))
    except (etree.ParserError, ValueError):
        return None
    # "Recent comments" widgets name commenters on every page, without their comment.
    for item in doc.xpath(RECENT_COMMENT_ITEMS_XPATH):
        link = next((a for a in item.iter("a") if _FRAGMENT_ID.search(a.get("href") or "")), None)
        found = _FRAGMENT_ID.search(link.get("href")) if link is not None else None
        author = next((a for a in item.iter("a", "span") if "url" in (a.get("class") or "").split()), None)
        name = (author.text_content().strip() if author is not None
                else (item.text_content().split(" on ")[0].split(" om ")[0].strip() or None))
        author_url = author.get("href") if author is not None and author.tag == "a" else None
        comment_id = int(found.group(1)) if found else None
        if _is_erased(erasures, needles, site=site, comment_id=comment_id, name=name, author_url=author_url):
            if name:
                redaction.names.add(name)
            if author_url:
                redaction.urls.add(author_url)
    if needles is not None:
        text = plain.decode("utf-8", "replace")
        redaction.names.update(n for n in needles.names if n in text)
    for comment_id in redaction.comment_ids:
        _blank_comment(doc, comment_id)
    _replace_everywhere(doc, redaction.names, ERASED_NAME)
    _replace_everywhere(doc, redaction.urls, "#")
    scrub = _scrubber(erasures, needles)
    for element in doc.iter():
        for attr in ("text", "tail"):
            value = getattr(element, attr) if isinstance(element.tag, str) or attr == "tail" else None
            if value and value.strip():
                new = scrub(value)
                if new != value:
                    setattr(element, attr, new)
                    redaction.strings += 1
    if not redaction:
        return None
    html_text = etree.tostring(doc.getroottree(), method="html", encoding="unicode", doctype="<!DOCTYPE html>")
    return html_text.encode(charset, errors="xmlcharrefreplace"), redaction


def _blank_comment(doc: Any, comment_id: int) -> None:
    """Keep ``#comment-N`` and its replies (nested lists); put a placeholder where its own content was."""
    element = next((e for e in doc.iter() if isinstance(e.tag, str)
                    and _COMMENT_ID.match(e.get("id") or "") and e.get("id") == f"comment-{comment_id}"), None)
    if element is None:
        return
    if element.tag not in ("li", "dd"):  # a theme whose #comment-N is the comment's own box: blank it whole
        element = element.getparent() if element.getparent() is not None and element.getparent().tag == "li" \
            else element
    for child in list(element):
        if child.tag not in ("ol", "ul"):  # the replies' list stays
            element.remove(child)
    element.text = None
    placeholder = etree.Element("div", {"class": f"comment-body {ERASED_CLASS}"})
    paragraph = etree.SubElement(placeholder, "p")
    paragraph.text = ERASED_TEXT
    element.insert(0, placeholder)
    for attribute in ("data-comment-author", "title"):
        element.attrib.pop(attribute, None)


def _replace_everywhere(doc: Any, strings: set[str], replacement: str) -> None:
    variants = sorted({s for s in strings if s} | {s.rstrip("/") for s in strings if len(s.rstrip("/")) > 8},
                      key=len, reverse=True)
    if not variants:
        return
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for attr in ("text", "tail"):
            value = getattr(element, attr)
            if value and any(v in value for v in variants):
                for v in variants:
                    value = value.replace(v, replacement)
                setattr(element, attr, value)
        for key, value in element.attrib.items():
            if any(v in value for v in variants):
                for v in variants:
                    value = value.replace(v, replacement)
                element.set(key, value)



# ------------------------------------------------------------------------------------------------ WARC files

@dataclass
class Moved:
    """Where a response record of a rewritten file is now, and its payload when the rewrite changed it."""

    offset: int
    length: int
    digest: str | None = None  # the new payload digest (None: payload unchanged)
    payload_length: int | None = None


@dataclass
class FileRewrite:
    """What rewriting one WARC file does (or, in a dry run, would do)."""

    path: Path
    redacted_records: int = 0  # response records whose payload showed the erased
    repointed_revisits: int = 0  # revisit records that now point at a moved or redacted record
    comment_ids: set[int] = field(default_factory=set)

    @property
    def is_changed(self) -> bool:
        return bool(self.redacted_records or self.repointed_revisits)


_HEADER_LINE = "(?im)^{name}:[^\r\n]*\r\n"


def _set_header(block: bytes, name: str, value: str) -> bytes:
    """Replace (or append) one header line in a header block ending in a blank line."""
    line = f"{name}: {value}\r\n".encode("latin-1")
    pattern = re.compile(_HEADER_LINE.format(name=re.escape(name)).encode("latin-1"))
    if pattern.search(block):
        return pattern.sub(lambda _m: line, block, count=1)
    return block[:-2] + line + b"\r\n"


def _gzip_member(data: bytes) -> bytes:
    from crawler.warc import GZIP_LEVEL

    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def rewrite_warc_file(path: Path, *, site: str | None, erasures: ErasureList, needles: Needles | None,
                      moved: dict[tuple[str, int], Moved], erasure_id: str, write: bool) -> FileRewrite:
    """Rewrite ``path`` without the erased (``write``), or only say what that would change.

    Response records whose payload shows them get a redacted payload (same record id and date, new payload digest,
    ``Wparchive-Erasure: <id>``); revisit records pointing at a record that moved or changed are re-pointed;
    every other record is copied byte for byte. ``moved`` carries the new places of records in files rewritten
    before this one (revisits only point back in time) and receives this file's.
    """
    from crawler.archive import iter_members, parse_record, payload_digest, resolve_path

    path = Path(path).resolve()
    result = FileRewrite(path)
    out: list[bytes] = []
    local: dict[tuple[str, int], Moved] = {}
    new_offset = 0
    with open(path, "rb") as handle:
        for member in iter_members(path):
            handle.seek(member.offset)
            raw = handle.read(member.length)
            record = parse_record(member.data)
            new_member = raw
            warc_end = member.data.index(b"\r\n\r\n") + 4
            warc_block, rest = member.data[:warc_end], member.data[warc_end:]
            headers = record.rec_headers
            if record.rec_type == "response":
                http_end = rest.index(b"\r\n\r\n") + 4 if b"\r\n\r\n" in rest else 0
                http_block = rest[:http_end]
                body = rest[http_end:len(rest) - 4]  # a record's block is followed by \r\n\r\n
                encoding = record.http_headers.get_header("Content-Encoding") if record.http_headers else None
                content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
                redacted = redact_payload(body, url=headers.get_header("WARC-Target-URI") or "", site=site,
                                          content_type=content_type, content_encoding=encoding, erasures=erasures,
                                          needles=needles)
                if redacted is not None:
                    new_body, redaction = redacted
                    result.redacted_records += 1
                    result.comment_ids |= redaction.comment_ids
                    if http_block and re.search(rb"(?im)^content-length:", http_block):
                        http_block = _set_header(http_block, "Content-Length", str(len(new_body)))
                    block = http_block + new_body
                    digest = payload_digest(new_body)
                    warc_block = _set_header(warc_block, "Content-Length", str(len(block)))
                    warc_block = _set_header(warc_block, "WARC-Block-Digest", payload_digest(block))
                    warc_block = _set_header(warc_block, "WARC-Payload-Digest", digest)
                    warc_block = _set_header(warc_block, "Wparchive-Erasure", erasure_id)
                    new_member = _gzip_member(warc_block + block + b"\r\n\r\n")
                    local[(str(path), member.offset)] = Moved(new_offset, len(new_member), digest, len(new_body))
                else:
                    local[(str(path), member.offset)] = Moved(new_offset, len(new_member))
            elif record.rec_type == "revisit" and headers.get_header("Wparchive-Refers-To-File"):
                target = resolve_path(path.parent.parent, headers.get_header("Wparchive-Refers-To-File"))
                key = (str(Path(target).resolve()), int(headers.get_header("Wparchive-Refers-To-Offset") or -1))
                place = local.get(key) or moved.get(key)
                if place is not None and (place.digest is not None
                                          or place.offset != key[1]
                                          or str(place.length) != headers.get_header("Wparchive-Refers-To-Length")):
                    warc_block = _set_header(warc_block, "Wparchive-Refers-To-Offset", str(place.offset))
                    warc_block = _set_header(warc_block, "Wparchive-Refers-To-Length", str(place.length))
                    if place.digest is not None:
                        warc_block = _set_header(warc_block, "WARC-Payload-Digest", place.digest)
                        warc_block = _set_header(warc_block, "Wparchive-Payload-Length", str(place.payload_length))
                        warc_block = _set_header(warc_block, "Wparchive-Erasure", erasure_id)
                    new_member = _gzip_member(warc_block + rest)
                    result.repointed_revisits += 1
            out.append(new_member)
            new_offset += len(new_member)
    if result.is_changed:
        moved.update(local)
        if write:
            temporary = path.with_name(f".{path.name}.erasing-{os.getpid()}")
            with open(temporary, "wb") as handle:
                for member_bytes in out:
                    handle.write(member_bytes)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
    return result
