"""Pure cleaning functions: validate one crawler record and normalise its text, times, language and sentences.

No I/O and no clock here: each function maps its input to an output or raises ``InvalidRecord`` with the reason
that goes to the ``quarantine`` table.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import html as lxml_html

from crawler.pages.text import element_text, lxml_safe
from crawler.urls import AVATAR_URL


class InvalidRecord(ValueError):
    """A record that fails validation; the message is the quarantine reason."""


# ---------------------------------------------------------------------------------------------------- text

# Characters that render as a plain space; invisible ones left by editors, and control characters.
_SPACE_CHARS = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(f"[{_SPACE_CHARS}]+")
_ODD_SPACE = re.compile(f"[{_SPACE_CHARS[1:]}]")  # any space character but U+0020
# (not the zero-width joiner and non-joiner, U+200D and U+200C: emoji sequences and Persian words need them)
_DROPPED = re.compile(r"[\u00ad\u200b\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str | None) -> str | None:
    """Unicode NFC, one kind of space, no invisible characters, paragraphs separated by one blank line.

    Returns None for None and for text that is empty after normalisation. (The cheap tests before each rewrite
    keep this fast on text that is already clean, which most is.)
    """
    if text is None:
        return None
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if _DROPPED.search(text):
        text = _DROPPED.sub("", text)
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = "\n".join(line.strip() for line in text.split("\n"))
        if "\n\n\n" in text:
            text = _BLANK_LINES.sub("\n\n", text)
    text = text.strip()
    return text or None


def normalise_label(text: str | None) -> str | None:
    """A one-line label (title, author, category): normalised text on a single line."""
    text = normalise_text(text)
    return " ".join(text.split()) if text else None


def html_to_text(html: str | None) -> str | None:
    """Visible text of an HTML fragment (a REST ``content.rendered``, a stored ``body_html``), then
    ``normalise_text``: the page objects' own ``element_text``, so REST bodies and page bodies read alike."""
    if not html or not html.strip():
        return None
    return normalise_text(element_text(lxml_html.fragment_fromstring(lxml_safe(html), create_parent="div")))


def content_hash(*parts: str | None) -> str:
    """A stable fingerprint of normalised text parts (sha256, hex): equal text, equal hash."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------------- times

def to_utc(value: Any, field: str, local_zone: str | None = None) -> str | None:
    """An ISO 8601 timestamp as a UTC ISO string.

    A time without an offset is the site's wall-clock time when ``local_zone`` (an IANA name, the site's
    configured time zone) is given — page objects return what a page printed and never guess its zone — and UTC
    otherwise. A bare date ("2024-01-31", a theme that prints days only) stays that day at 00:00 UTC, so that
    its date reads the same as on the page. None and "" are None; anything else unparsable raises
    ``InvalidRecord``.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidRecord(f"{field} is not a timestamp string: {value!r}")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidRecord(f"{field} is not an ISO 8601 timestamp: {value!r}") from None
    if parsed.tzinfo is None:
        is_date_only = len(text) == 10
        parsed = parsed.replace(tzinfo=_zone(local_zone) if local_zone and not is_date_only else dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc).isoformat()


@functools.lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidRecord(f"unknown time zone {name!r}") from None


# ---------------------------------------------------------------------------------------------------- language

_STOPWORDS = {
    "sv": {"och", "att", "det", "som", "en", "är", "på", "för", "med", "av", "till", "den", "har", "inte", "vi",
           "jag", "om", "ett", "vår", "våra", "kommer", "också", "eller", "när", "hur", "så", "sig", "där"},
    "en": {"the", "and", "of", "to", "is", "in", "that", "for", "with", "we", "our", "are", "this", "on", "be",
           "it", "as", "was", "at", "by", "from", "have", "will", "an", "or", "not", "which", "their"},
}
_WORDS = re.compile(r"[^\W\d_]+")


def guess_language(text: str | None) -> str | None:
    """'sv' or 'en' by stopword counts, or None when the text is too short to tell."""
    if not text:
        return None
    words = [w.lower() for w in _WORDS.findall(text[:5000])]
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 and scores[best] > 1.5 * min(scores.values()) else None


def normalise_language(tag: Any, text: str | None, default: str | None = None) -> str | None:
    """The text's language ('sv', 'en') when the text says so clearly, else the page's tag ('sv-SE' → 'sv'),
    else the default. The text wins because WordPress tags every page with the site's language, so an English
    post on a Swedish blog is tagged 'sv-SE'."""
    guessed = guess_language(text)
    if guessed:
        return guessed
    if isinstance(tag, str) and tag.strip():
        primary = tag.strip().replace("_", "-").split("-")[0].lower()
        if primary.isalpha() and 2 <= len(primary) <= 3:
            return primary
    return default


# ---------------------------------------------------------------------------------------------------- sentences

# Abbreviations after which a period never ends a sentence (lower case, with their periods).
_NEVER_FINAL = frozenset("""
bl.a. t.ex. s.k. d.v.s. dvs. p.g.a. pga. f.d. fd. ca. c:a resp. jfr. kl. nr. st. inkl. exkl. tel. fr.o.m.
t.o.m. o.d. ev. f.ö. s. sid. kap. avd. ang. enl. f.n. fn. mr. mrs. ms. dr. prof. vs. e.g. i.e. approx. no.
jan. feb. febr. mar. apr. jun. jul. aug. sep. sept. okt. oct. nov. dec. mån. tis. ons. tors. fre. lör. sön.
""".split())
# Abbreviations that may end a sentence: a break only when the next word starts with a capital letter.
_MAYBE_FINAL = frozenset("osv. etc. m.m. m.fl. mfl. o.s.v. usw.".split())
# A candidate break: terminal punctuation (and closing quotes/brackets), space, then what may start a sentence.
_CANDIDATE = re.compile(r"([.!?…]+)([\"'”’»)\]]*)(\s+)(?=[\"'“‘«(\[–—-]?\s*[^\W_])")


def _is_break(paragraph: str, match: re.Match[str]) -> bool:
    punct = match.group(1)
    if punct != ".":
        return True  # ! ? … and runs like ?! always end a sentence
    end = match.end(1)
    word = paragraph[paragraph.rfind(" ", 0, end) + 1:end].lower().lstrip("\"'“‘«([")
    nxt = paragraph[match.end():].lstrip("\"'“‘«([–—- ")
    starts_upper = bool(nxt) and nxt[0].isupper()
    starts_digit = bool(nxt) and nxt[0].isdigit()
    if word in _NEVER_FINAL:
        return False
    if word in _MAYBE_FINAL:
        return starts_upper
    stem = word[:-1]
    if len(stem) == 1 and stem.isalpha():
        return False  # an initial ("K. Andersson") or a one-letter abbreviation
    if stem.isdigit():
        # "den 3. maj" / "1. Inledning": an ordinal or a list number, unless a capital follows a longer number
        return starts_upper and len(stem) > 2
    return starts_upper or starts_digit


def split_sentences(text: str | None) -> list[str]:
    """Split normalised text into sentences: line breaks always end one; '.', '!', '?' end one unless the
    period belongs to an abbreviation (bl.a., t.ex., ca., kl. …), an initial or an ordinal. Numbers with
    spaces or decimals ("1 500", "2,5 %", "3.5") never split, since a break needs a space after the period.
    """
    if not text:
        return []
    sentences: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        start = 0
        for match in _CANDIDATE.finditer(paragraph):
            if _is_break(paragraph, match):
                sentence = paragraph[start:match.end(2)].strip()
                if sentence:
                    sentences.append(sentence)
                start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


# ---------------------------------------------------------------------------------------------------- records

def parse_line(line: str, *, is_last: bool) -> dict[str, Any]:
    """One JSONL line → a dict, or ``InvalidRecord`` (a torn last line when the crawl was killed mid-write)."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        if is_last and not line.endswith("\n"):
            raise InvalidRecord("torn last line: the crawl stopped mid-write") from None
        raise InvalidRecord(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(value, dict):
        raise InvalidRecord(f"not a JSON object but {type(value).__name__}")
    return value


def _get(record: dict[str, Any], name: str, kind: type | tuple[type, ...], *, required: bool = False) -> Any:
    value = record.get(name)
    if value is None:
        if required:
            raise InvalidRecord(f"missing {name}")
        return None
    # bool is an int in Python; a JSON true where a number belongs is a wrong type.
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
        raise InvalidRecord(f"{name} should be {_kind_name(kind)}, got {type(value).__name__} {value!r:.60}")
    if isinstance(value, int) and not -(2**63) <= value < 2**63:  # an id from REST of 10**30: no BIGINT holds it
        raise InvalidRecord(f"{name} {value!r:.60} is out of the 64-bit integer range")
    return value


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in _as_tuple(kind))


def _url(record: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = _get(record, name, str, required=required)
    if value is None:
        return None
    value = value.strip()
    if not value:
        if required:
            raise InvalidRecord(f"missing {name}")
        return None
    if required and not value.startswith(("http://", "https://")):
        raise InvalidRecord(f"{name} is not an http(s) URL: {value!r:.80}")
    return value


# Avatar images (Gravatar, WordPress.com, a plugin's copy) carry a hash of the commenter's e-mail address in their
# URL: never stored, even when a theme prints the avatar as the author's link.


def _not_avatar(url: str | None) -> str | None:
    return None if url is not None and AVATAR_URL.search(url) else url


def _id(record: dict[str, Any], name: str, *, required: bool = False) -> int | None:
    value = _get(record, name, int, required=required)
    if value is not None and value < 0:
        raise InvalidRecord(f"{name} is negative: {value}")
    return value


def _bool(record: dict[str, Any], name: str, default: bool = False) -> bool:
    value = _get(record, name, bool)
    return default if value is None else value


def _str_list(record: dict[str, Any], name: str, clean: Callable[[str | None], str | None] = normalise_label,
              ) -> list[str]:
    value = _get(record, name, list)
    if value is None:
        return []
    out: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise InvalidRecord(f"{name} should be a list of strings, has {type(item).__name__} {item!r:.40}")
        cleaned = clean(item)
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


def _fetched_at(record: dict[str, Any], fallback: str | None) -> str:
    fetched = to_utc(record.get("fetched_at"), "fetched_at") or fallback
    if fetched is None:
        raise InvalidRecord("missing fetched_at")
    return fetched


def clean_post(record: dict[str, Any], *, site: str, default_language: str | None = None,
               fetched_fallback: str | None = None, local_zone: str | None = None) -> dict[str, Any]:
    """A posts.jsonl record → the row the loader stages (with sentences and content hash)."""
    post_url = _url(record, "post_url", required=True)
    title = normalise_label(_get(record, "title", str))
    is_protected = _bool(record, "is_protected")
    body_text = normalise_text(_get(record, "body_text", str))
    body_html = _get(record, "body_html", str)
    if body_text is None and body_html:
        body_text = html_to_text(body_html)
    if is_protected:
        body_text = None  # a password form is not the post's text
    comment_count = _id(record, "comment_count")
    comment_status = _get(record, "comment_status", str)
    language = normalise_language(_get(record, "language", str), body_text, default_language)
    return {
        "site": _get(record, "site", str) or site,
        "post_url": post_url,
        "wp_post_id": _id(record, "wp_post_id"),
        "title": title,
        "author": without_email(normalise_label(_get(record, "author", str))),
        "published_at": to_utc(record.get("published_at"), "published_at", local_zone),
        "modified_at": to_utc(record.get("modified_at"), "modified_at", local_zone),
        "categories": _str_list(record, "categories"),
        "tags": _str_list(record, "tags"),
        "body_text": body_text,
        "language": language,
        "is_protected": is_protected,
        "comment_status": comment_status.strip().lower() if comment_status else None,
        "comment_count": comment_count,
        "source": _get(record, "source", str),
        "fetched_at": _fetched_at(record, fetched_fallback),
        "content_hash": content_hash(title, body_text),
        "sentences": split_sentences(body_text),
        "field_sources": _field_sources(record),
    }


_FIELD_SOURCES = ("rest", "page", "feed", "sitemap", "listing")


def _field_sources(record: dict[str, Any]) -> dict[str, str]:
    """Which source gave each field of a post ({"title": "rest", …}); unknown sources are a bad record."""
    value = record.get("field_sources") or {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and v in _FIELD_SOURCES for k, v in value.items()):
        raise InvalidRecord(f"field_sources: expected a map of field → one of {', '.join(_FIELD_SOURCES)}")
    return dict(sorted(value.items()))


def clean_discovered(record: dict[str, Any], *, site: str, fetched_fallback: str | None = None) -> dict[str, Any]:
    """A discovered.jsonl record (a post some discovery source listed) → the row the loader stages."""
    sources = _str_list(record, "sources")
    return {"site": site, "post_url": _url(record, "post_url", required=True), "wp_post_id": _id(record, "wp_post_id"),
            "sources": sources, "is_planned": _bool(record, "is_planned", default=True)}


def _ratio(record: dict[str, Any], name: str) -> float | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise InvalidRecord(f"{name}: expected a number from 0 to 1, got {value!r}")
    return float(value)


def _maybe_bool(record: dict[str, Any], name: str) -> bool | None:
    value = record.get(name)
    if value is not None and not isinstance(value, bool):
        raise InvalidRecord(f"{name}: expected true, false or null, got {value!r}")
    return value


def clean_agreement(record: dict[str, Any], *, site: str, fetched_fallback: str | None = None) -> dict[str, Any]:
    """An agreement.jsonl record (the page reading of one post against REST) → the row the loader stages."""
    row: dict[str, Any] = {"site": site, "post_url": _url(record, "post_url", required=True),
                           "wp_post_id": _id(record, "wp_post_id")}
    for name in ("is_title_equal", "is_date_equal", "is_author_equal", "is_categories_equal", "is_tags_equal"):
        row[name] = _maybe_bool(record, name)
    row["body_f1"] = _ratio(record, "body_f1")
    row["page_comment_count"] = _id(record, "page_comment_count")
    row["page_comments_not_in_rest"] = _id(record, "page_comments_not_in_rest")
    for name in ("page_title", "rest_title", "page_author"):
        row[name] = _get(record, name, str)
    row["page_published_at"] = _get(record, "page_published_at", str)  # as the page printed it (may lack a zone)
    row["fetched_at"] = _fetched_at(record, fetched_fallback)
    return row


_COMMENT_TYPES = ("comment", "pingback", "trackback")


# What the check personal_data_in_author_fields calls an e-mail address (warehouse/checks): a commenter who types
# her address as her name, or gives "mailto:" as her website, would stop the night from publishing
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _as_read(text: str) -> str:
    """The text as a reader (or a mail program) takes it: entities decoded ("&#64;"), percent-escapes decoded
    ("%40"), compatibility forms folded (fullwidth "＠")."""
    return unicodedata.normalize("NFKC", unquote(html.unescape(text)))


def without_email(name: str | None) -> str | None:
    """An author name with any e-mail address in it taken out (privacy: the archive never keeps one), in whatever
    spelling ("anna&#64;example.se", "ＰＥＲ＠example.se"); None when nothing else is left."""
    if not name:
        return name
    if _EMAIL.search(name):
        return normalise_label(_EMAIL.sub(" ", name).strip(" <>()[],;:")) or None
    read = _as_read(name)
    if read != name and _EMAIL.search(read):
        return normalise_label(_EMAIL.sub(" ", read).strip(" <>()[],;:")) or None
    return name


def _not_email_url(url: str | None) -> str | None:
    """None for a commenter's "website" that holds an e-mail address: mailto:, an address typed into the field
    ("http://anna@example.se", which URL syntax reads as a user name), one anywhere in the URL or escaped."""
    if not url:
        return url
    read = _as_read(url)
    if read.lower().startswith("mailto:") or _EMAIL.search(read) or "@" in urlsplit(read).netloc:
        return None
    return url


def clean_comment(record: dict[str, Any], *, site: str, fetched_fallback: str | None = None,
                  local_zone: str | None = None) -> dict[str, Any]:
    """A comments.jsonl record → the row the loader stages."""
    post_url = _url(record, "post_url", required=True)
    wp_comment_id = _id(record, "wp_comment_id", required=True)
    parent = _id(record, "parent_wp_comment_id") or None  # WordPress writes 0 for "no parent"
    if parent == wp_comment_id:
        raise InvalidRecord(f"comment {wp_comment_id} is its own parent")
    depth = _id(record, "depth")
    if depth == 0:
        raise InvalidRecord("depth 0 (top level is 1)")
    comment_type = (_get(record, "comment_type", str) or "comment").strip().lower()
    if comment_type not in _COMMENT_TYPES:
        raise InvalidRecord(f"comment_type {comment_type!r} is not one of {', '.join(_COMMENT_TYPES)}")
    body_text = normalise_text(_get(record, "body_text", str))
    author_name = without_email(normalise_label(_get(record, "author_name", str)))
    return {
        "site": _get(record, "site", str) or site,
        "post_url": post_url,
        "wp_post_id": _id(record, "wp_post_id"),
        "wp_comment_id": wp_comment_id,
        "parent_wp_comment_id": parent,
        "author_name": author_name,
        "author_url": _not_email_url(_not_avatar(_url(record, "author_url"))),
        "published_at": to_utc(record.get("published_at"), "published_at", local_zone),
        "body_text": body_text,
        "depth": depth,
        "comment_type": comment_type,
        "source": _get(record, "source", str),
        "fetched_at": _fetched_at(record, fetched_fallback),
        "content_hash": content_hash(author_name, body_text),
    }


def _form_fields(record: dict[str, Any]) -> list[dict[str, Any]]:
    fields = _get(record, "fields", list) or []
    out: list[dict[str, Any]] = []
    for i, f in enumerate(fields):
        if not isinstance(f, dict):
            raise InvalidRecord(f"fields[{i}] should be an object, got {type(f).__name__}")
        name, kind = f.get("name"), f.get("type")
        if not isinstance(name, str) or not name or not isinstance(kind, str):
            raise InvalidRecord(f"fields[{i}] needs a name and a type")
        required = f.get("is_required", False)
        label = f.get("label")
        if not isinstance(required, bool) or (label is not None and not isinstance(label, str)):
            raise InvalidRecord(f"fields[{i}] has a wrong is_required or label type")
        out.append({"name": name, "type": kind, "is_required": required, "label": normalise_label(label)})
    return out


def clean_comment_form(record: dict[str, Any], *, site: str, fetched_fallback: str | None = None,
                       ) -> dict[str, Any]:
    """A comment_forms.jsonl record → the row the loader stages (with required_fields derived from fields)."""
    fields = _form_fields(record)
    return {
        "site": _get(record, "site", str) or site,
        "post_url": _url(record, "post_url", required=True),
        "wp_post_id": _id(record, "wp_post_id"),
        "is_present": _bool(record, "is_present"),
        "is_open": _bool(record, "is_open"),
        "form_kind": _get(record, "form_kind", str),
        "closed_notice": normalise_label(_get(record, "closed_notice", str)),
        "action_url": _url(record, "action_url"),
        "method": (_get(record, "method", str) or "").lower() or None,
        "fields": fields,
        "required_fields": [f["name"] for f in fields if f["is_required"]],
        "hidden_fields": _str_list(record, "hidden_fields", clean=lambda s: s.strip() or None),
        "login_providers": _str_list(record, "login_providers", clean=lambda s: s.strip().lower() or None),
        "requires_login": _bool(record, "requires_login"),
        "has_cookie_consent": _bool(record, "has_cookie_consent"),
        "has_subscription_options": _bool(record, "has_subscription_options"),
        "fetched_at": _fetched_at(record, fetched_fallback),
    }


def clean_drop(record: dict[str, Any], *, line_no: int) -> dict[str, Any]:
    """A drops.jsonl record → the row the loader stages."""
    reason = _get(record, "reason", str)
    if not reason:
        raise InvalidRecord("missing reason")
    return {
        "line_no": line_no,
        "url": _get(record, "url", str),
        "reason": reason,
        "detail": _get(record, "detail", str),
        "error": _get(record, "error", str),
        "fetched_at": to_utc(record.get("fetched_at"), "fetched_at"),
    }


MEDIA_KINDS = ("image", "featured_image", "stylesheet", "script", "font", "icon")


def _count(record: dict[str, Any], name: str) -> int | None:
    value = _get(record, name, int)
    if value is not None and (isinstance(value, bool) or value < 0):
        raise InvalidRecord(f"{name} should be a count, got {value!r}")
    return value


def clean_media(record: dict[str, Any], *, site: str, fetched_fallback: str | None = None) -> dict[str, Any]:
    """A media.jsonl record (an image or requisite a post page shows) → the row the loader stages."""
    kind = _get(record, "kind", str, required=True)
    if kind not in MEDIA_KINDS:
        raise InvalidRecord(f"unknown media kind {kind!r}")
    return {
        "site": site,
        "post_url": _url(record, "post_url", required=True),
        "wp_post_id": _id(record, "wp_post_id"),
        "url": _url(record, "url", required=True),
        "kind": kind,
        "position": _count(record, "position") or 0,
        "alt_text": _get(record, "alt_text", str),
        "caption": normalise_label(_get(record, "caption", str)),
        "declared_width": _count(record, "declared_width"),
        "declared_height": _count(record, "declared_height"),
        "fetched_at": _fetched_at(record, fetched_fallback),
    }


def clean_media_fetch(record: dict[str, Any], *, site: str, fetched_fallback: str | None = None) -> dict[str, Any]:
    """A media_fetches.jsonl record (what the server answered for one media URL) → the row the loader stages."""
    return {
        "site": site,
        "url": _url(record, "url", required=True),
        "status": _count(record, "status"),
        "content_type": _get(record, "content_type", str),
        "byte_count": _count(record, "byte_count"),
        "width": _count(record, "width"),
        "height": _count(record, "height"),
        "is_image": _bool(record, "is_image"),
        "fetched_at": _fetched_at(record, fetched_fallback),
    }


def record_key(kind: str, row: dict[str, Any]) -> tuple[Any, ...]:
    """The in-run identity of a cleaned row: two rows with one key are duplicates (the later line wins)."""
    if kind == "comments":
        return (row["site"], row["wp_comment_id"])
    if kind == "media":
        return (row["post_url"], row["kind"], row["url"])
    if kind == "media_fetches":
        return (row["url"],)
    return (row["post_url"],)
