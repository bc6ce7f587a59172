"""Turn a page's bytes (or text) into an lxml tree, and the small helpers every page object shares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urljoin

from lxml import etree
from w3lib.encoding import html_to_unicode

from crawler.pages import selectors as S
from crawler.pages.css import PageIndex, Selector

# plain etree (not lxml.html): no per-element Python class lookup, which costs more than the parse itself
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                           collect_ids=False)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def decode_html(html: bytes | str, content_type: str | None = None) -> str:
    """Decode a page as a browser would: BOM, then the charset of the HTTP Content-Type header, then the page's
    <meta>/<?xml?> declaration, then detection (w3lib.encoding.html_to_unicode, the order Scrapy uses).

    Detection, for pages that declare nothing: UTF-8 when the bytes are valid UTF-8 or mostly so (a stray
    Latin-1 byte in a UTF-8 page), else windows-1252. Whatever the path, the text is then repaired if it shows
    UTF-8 read as a single-byte code page (see repair_mojibake) — a page declaring Latin-1 while serving UTF-8
    is the common case — so a crawl (bytes and header) and a caller holding decoded text get the same text.
    """
    if isinstance(html, str):
        return repair_mojibake(html)
    encoding, text = html_to_unicode(content_type, html, auto_detect_fun=_detect_undeclared)
    if encoding == "utf-8" and "\ufffd" in text and not _mostly_valid_utf8(text):
        # Declared UTF-8 (header or <meta>) but the bytes are a single-byte code page: a browser shows
        # replacement characters, an archive keeps the words (the same test as for undeclared pages).
        text = html.decode("cp1252", errors="replace")
    elif encoding.startswith(_SINGLE_BYTE_CODE_PAGES) and not text.isascii():
        # Declared a single-byte code page (a server's default header) but the bytes are valid UTF-8: read them so.
        # repair_mojibake would undo most of it afterwards, but not a character whose UTF-8 bytes hold one the
        # code page leaves undefined (”: E2 80 9D, 0x9D), which decoding already turned into U+FFFD.
        try:
            text = html.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return repair_mojibake(text)


# w3lib's names for single-byte code pages (it reads ISO-8859-1 and latin1 as cp1252, as browsers do)
_SINGLE_BYTE_CODE_PAGES = ("cp125", "iso8859", "latin", "koi8", "mac")


def _detect_undeclared(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return "utf-8" if _mostly_valid_utf8(raw.decode("utf-8", errors="replace")) else "cp1252"


def _mostly_valid_utf8(text: str) -> bool:
    """Undeclared bytes decoded as UTF-8 with replacements: UTF-8 when the valid multi-byte characters
    outnumber the invalid bytes three to one (a stray Latin-1 byte in a UTF-8 page); in real Latin-1 text
    almost every non-ASCII byte is invalid UTF-8."""
    bad = text.count("\ufffd")
    return sum(1 for ch in text if ch > "\x7f") - bad >= 3 * bad


# UTF-8 read as windows-1252 / windows-1250 shows its lead bytes (0xC2–0xC5) as these letters, each followed by
# a continuation byte (0x80–0xBF) read as a symbol or accented letter: "Ã¤" / "Ă¤" for "ä"
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00c4\u00c5\u0102\u0139]"
                       "[\u0080-\u00bf\u0100-\u017f\u02c7-\u02dd\u2013-\u203a\u20ac\u2122]")
_MOJIBAKE_CODE_PAGES = ("cp1252", "cp1250")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that an earlier step decoded as windows-1252 or windows-1250 ("MĂ¤scot" → "Mäscot"), as ftfy
    does: only when the whole text re-encodes in that code page and decodes as UTF-8 with at most one invalid
    byte per twenty repaired characters; otherwise the text is returned unchanged."""
    if "\u00c3" not in text and "\u0102" not in text and "\u00c2" not in text:
        return text  # fast path: no lead byte of a two-byte sequence for Latin letters
    found = len(_MOJIBAKE.findall(text))
    if found < 3:
        return text
    for code_page in _MOJIBAKE_CODE_PAGES:
        try:
            raw = text.encode(code_page)
        except UnicodeEncodeError:
            continue
        repaired = raw.decode("utf-8", errors="replace")
        if 20 * repaired.count("\ufffd") <= found:
            return repaired
    return text


class PageTooDeep(ValueError):
    """A page nesting elements deeper than the parser reads (libxml2 stops at 256 levels and drops the rest):
    read anyway, it would be a post with its end silently missing. ``reason`` is the drop reason."""

    reason = "unreadable_page"


def parse_html(html: bytes | str, content_type: str | None = None) -> etree._Element | None:
    """Parse a page into an lxml tree (None for an empty or unparseable page); `content_type` is the HTTP
    Content-Type header when the page came over HTTP (its charset wins over the page's own declaration)."""
    return _parse_text(decode_html(html, content_type))


def _parse_text(text: str) -> etree._Element | None:
    # NUL characters: a browser's tree builder ignores them in text; libxml2 would show each as U+FFFD
    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        root = etree.fromstring(text.encode("utf-8", errors="surrogatepass"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    too_deep = [e for e in _PARSER.error_log if e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT]
    if too_deep:  # the limit also keeps text.py's recursive walk far from Python's recursion limit
        raise PageTooDeep(f"the page is cut short by the parser at line {too_deep[0].line}: {too_deep[0].message}")
    return root


def _join_definition_comments(root: etree._Element) -> None:
    """Comments printed as a definition list, <dt id="comment-N">author, time</dt><dd>text, replies</dd>: the <dd>
    goes inside its <dt>, so that one element holds the whole comment (and its replies) as every other markup's
    does. Invalid HTML, but only this reading's tree sees it."""
    for dt in [dt for dt in root.iter("dt") if S.COMMENT_ELEMENT_ID.search(dt.get("id") or "")]:
        dd = dt.getnext()
        if dd is not None and dd.tag == "dd":
            dt.append(dd)


class Page:
    """A parsed page with its selector index and URL: what every page object reads from."""

    def __init__(self, root: etree._Element, url: str | None, source: str = ""):
        self.root = root
        self.url = url
        self.source = source  # the decoded page, for a second opinion that parses it its own way
        # script and style bodies are code, not text: keep JSON-LD aside, then empty them so that text
        # lengths and link densities measure what a reader sees
        self.json_ld: list[str] = []
        for el in root.iter("script", "style"):
            # only JSON-LD's text is read: reading a script's text would copy it into a Python string
            kind = el.get("type")
            if kind and kind.strip().lower() == "application/ld+json" and el.text:
                self.json_ld.append(el.text)
            el.text = None
        _join_definition_comments(root)
        self.index = PageIndex(root)

    @classmethod
    def parse(cls, html: bytes | str, url: str | None = None, content_type: str | None = None) -> "Page | None":
        text = decode_html(html, content_type)
        root = _parse_text(text)
        return cls(root, url, text) if root is not None else None

    def select(self, selector: Selector, context: etree._Element | None = None) -> list:
        return selector(self.index, context)

    def first_hit(self, selectors: Sequence[Selector], context: etree._Element | None = None) -> list:
        """Results of the first selector in an ordered fallback list that finds anything."""
        for sel in selectors:
            found = sel(self.index, context)
            if found:
                return found
        return []

    def first_value(self, selectors: Sequence[Selector], context: etree._Element | None = None) -> str | None:
        """The first non-blank string any selector in the list yields (::attr / ::text selectors)."""
        for sel in selectors:
            for v in sel(self.index, context):
                if isinstance(v, str) and v.strip():
                    return v.strip()
        return None

    def ids_matching(self, pattern: re.Pattern) -> list[etree._Element]:
        """Elements whose id matches pattern (the first element of each id), in no particular order."""
        return [el for ident, el in self.index.by_id.items() if pattern.search(ident)]

    def by_id(self, ident: str) -> etree._Element | None:
        return self.index.by_id.get(ident)

    def absolute(self, href: str | None) -> str | None:
        return absolute(href, self.url)


def inside(el: etree._Element, areas: set) -> bool:
    """Whether an element lies under one of ``areas`` (itself not counted)."""
    return any(anc in areas for anc in el.iterancestors())


def drop(node: etree._Element) -> None:
    """Remove an element and its subtree, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def absolute(url: str | None, base: str | None) -> str | None:
    """An absolute URL for href `url` relative to `base` (None when it is empty or a fragment/script)."""
    if not url:
        return None
    url = url.strip()
    if not url or url.startswith(("javascript:", "mailto:", "#", "data:")):
        return None
    return urljoin(base, url) if base else url
