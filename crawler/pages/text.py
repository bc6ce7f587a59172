"""Turn an HTML element into readable plain text: paragraphs kept as blank lines, inline markup flattened."""

from __future__ import annotations

import re

from lxml import etree

# elements never rendered as text
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "button", "select", "option", "textarea", "input",
    "iframe", "object", "embed", "canvas", "map", "head", "title", "meta", "link", "audio", "video", "source",
    "track", "img", "picture", "label", "datalist", "dialog",
})
# paragraph-level blocks: separated by a blank line
PARAGRAPH_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "hr",
    "address", "details", "fieldset",
})
# other blocks: separated by a line break
LINE_TAGS = frozenset({
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "dt", "dd", "tr",
    "figcaption", "caption", "summary", "center", "form", "legend", "body", "html", "tbody", "thead", "tfoot",
})
CELL_TAGS = frozenset({"td", "th"})

def raw_text(el: etree._Element) -> str:
    """Every text node under el, its own tail left out, as one string (what "".join(el.itertext()) gives on a
    parsed page): one call into libxml2, ~7× faster than joining itertext() on corpus elements."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


_BLANK_LINES = re.compile(r"\n{3,}")
# A surrogate code point in a Python str is always a lone one (JSON's "\ud83d" without its pair): no UTF-8 for it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """Each lone surrogate as U+FFFD: writable as UTF-8, and readable by lxml (which silently stops at one)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


# C0 controls but tab, line feed and carriage return: lxml refuses a fragment's text holding one ("All strings must
# be XML compatible"), and one in a REST title made the crawl give up REST for the whole blog
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_VERTICAL_SPACE = re.compile("[\x0b\x0c]")  # line tabulation and form feed: spaces between words


def lxml_safe(text: str) -> str:
    """Text lxml reads to its end: lone surrogates as U+FFFD, NUL and other C0 control characters dropped (as a
    browser does; they are never visible)."""
    return _VERTICAL_SPACE.sub(" ", _CONTROLS.sub("", without_lone_surrogates(text)))


def is_hidden(el: etree._Element) -> bool:
    """True for elements a browser does not show (hidden attribute, inline display:none)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and "none" in style:
        compact = style.replace(" ", "").lower()
        return "display:none" in compact or "visibility:hidden" in compact
    return False


def _skipped_by_name(el: etree._Element, skip_tags: frozenset, skip_classes: frozenset) -> bool:
    if el.tag in skip_tags:
        return True
    c = el.get("class")
    return bool(c) and not skip_classes.isdisjoint(c.split())


def _walk(el: etree._Element, out: list[str], in_pre: bool, skip: frozenset | set, top: bool = False,
          skip_tags: frozenset = frozenset(), skip_classes: frozenset = frozenset()) -> None:
    tag = el.tag
    tail = None if top else el.tail
    if not isinstance(tag, str):  # comment / processing instruction: only its tail is text
        if tail:
            out.append(tail)
        return
    if tag == "img" and not top and (alt := emoji_alt(el)):
        out.append(alt)
        if tail:
            out.append(tail)
        return
    if not top and (tag in SKIP_TAGS or (skip and el in skip) or is_hidden(el) or
                    ((skip_tags or skip_classes) and _skipped_by_name(el, skip_tags, skip_classes))):
        if tail:
            out.append(tail)
        return
    if tag == "br":
        out.append("\n")
        if tail:
            out.append(tail)
        return
    if tag in ("sup", "a"):
        note = _footnote_mark(el)
        if note is not None:  # a footnote's number apart from the word it follows; its "↩︎" back-link left out
            out.append(note)
            if tail:
                out.append(tail)
            return
    sep = "\n\n" if tag in PARAGRAPH_TAGS else "\n" if tag in LINE_TAGS else " " if tag in CELL_TAGS else ""
    pre = in_pre or tag == "pre"
    if sep:
        out.append(sep)
    if pre and not in_pre:
        out.append("\x00PRE")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out, pre, skip, False, skip_tags, skip_classes)
    if pre and not in_pre:
        out.append("\x00/PRE")
    if sep:
        out.append(sep)
    if tail:
        out.append(tail)


_BACK_LINK = frozenset({"↩", "↩︎", "↩\ufe0e", "↑", "^"})
# WordPress's pictures of text: convert_smilies() prints <img class="wp-smiley" alt=":)">, the emoji script and
# wp_staticize_emoji() <img class="emoji" alt="👍">
_EMOJI_IMAGE = frozenset({"wp-smiley", "emoji"})


def emoji_alt(img: etree._Element) -> str | None:
    """The character a smiley or emoji WordPress printed as a picture stands for (its alt), else None."""
    alt = img.get("alt")
    return alt if alt and _EMOJI_IMAGE.intersection((img.get("class") or "").split()) else None


def _footnote_mark(el: etree._Element) -> str | None:
    """How a footnote's marks read as text: a <sup> holding only a link to a note on the page ("<sup class="fn"><a
    href="#n1">1</a></sup>", WordPress's footnotes block and most footnote plugins) as "[1]", not glued to the word
    before it ("procent1"); the note's link back to its mark ("↩︎") as nothing. None: not a footnote mark."""
    if el.tag == "a":
        text = (el.text or "").strip()
        return "" if text in _BACK_LINK and len(el) == 0 and (el.get("href") or "").startswith("#") else None
    if len(el) != 1 or (el.text or "").strip():
        return None
    link = el[0]
    text = (link.text or "").strip()
    if link.tag != "a" or len(link) or (link.tail or "").strip() or not (link.get("href") or "").startswith("#"):
        return None
    return f"[{text}]" if 0 < len(text) <= 4 and text.isalnum() else None


def element_text(el: etree._Element | None, *, skip: frozenset | set = frozenset(),
                 skip_tags: frozenset = frozenset(), skip_classes: frozenset = frozenset()) -> str:
    """Plain text of an element: blocks on their own lines, paragraphs separated by one blank line.

    Elements in `skip`, with a tag in `skip_tags` or a class in `skip_classes` (and their subtrees) are left
    out; the tree is not modified.
    """
    if el is None:
        return ""
    out: list[str] = []
    _walk(el, out, False, skip, True, skip_tags, skip_classes)
    return normalize_text("".join(out))


def date_text(el: etree._Element | None) -> str:
    """An element's text to read a date from: as ``element_text``, but the digits of two elements never run
    together ("<h1>Inlägg nummer 1</h1><time>2 januari 2024</time>" is not "…nummer 12 januari 2024").

    Blocks are already apart (a line each); across an inline boundary ("<span>1</span><span>2</span>") a space
    goes only between two digits, so "<b>2</b>jan<b>2024</b>" still reads as one date."""
    if el is None:
        return ""
    out: list[str] = []
    _walk(el, out, False, frozenset(), True)
    return normalize_text(_digits_apart(out))


def _digits_apart(pieces: list[str]) -> str:
    """Join text pieces (each from its own text node, so a tag lies between any two) with a space where a digit
    would meet a digit."""
    joined: list[str] = []
    last = ""
    for piece in pieces:
        if not piece:
            continue
        if not piece.startswith("\x00") and last[-1:].isdigit() and piece[:1].isdigit():
            joined.append(" ")
        joined.append(piece)
        if not piece.startswith("\x00"):  # a <pre> marker is no text
            last = piece
    return "".join(joined)


def normalize_text(raw: str) -> str:
    """Collapse runs of spaces, trim lines, keep at most one blank line; <pre> blocks keep their layout."""
    raw = _drop_zero_width(raw)
    if "\x00PRE" not in raw:
        return _normalize_flow(raw)
    parts: list[str] = []
    for i, piece in enumerate(re.split(r"\x00/?PRE", raw)):
        if i % 2:  # inside <pre>
            parts.append("\n\n" + piece.strip("\n").replace("\x00", "") + "\n\n")
        else:
            parts.append(_normalize_flow(piece, strip=False))
    return _BLANK_LINES.sub("\n\n", "".join(parts)).strip()


def _normalize_flow(raw: str, strip: bool = True) -> str:
    # per line: runs of any Unicode space become one space, ends trimmed (str.split is C-fast)
    text = "\n".join(" ".join(line.split()) for line in raw.replace("\r", " ").split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    if strip:
        return text.strip()
    # inside a run that continues after a <pre>, keep one separating space at the edges
    if raw[:1].isspace() and not text.startswith("\n"):
        text = " " + text
    if raw[-1:].isspace() and not text.endswith("\n"):
        text += " "
    return text


# invisible characters editors leave; the zero-width joiner and non-joiner (U+200D, U+200C) are kept: they are part
# of how a word is written (Persian "می‌خواهم") or of an emoji ("👷🏽‍♀️", "🏳️‍🌈")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")


def _drop_zero_width(value: str) -> str:
    return _ZERO_WIDTH.sub("", value) if _ZERO_WIDTH.search(value) else value


def clean_inline(value: str | None) -> str | None:
    """One-line text (titles, names): whitespace collapsed, None when empty."""
    if value is None:
        return None
    value = " ".join(_drop_zero_width(value).split())  # str.split() knows Unicode spaces
    return value or None


_PLAIN_INLINE = frozenset({"a", "span", "strong", "em", "b", "i", "u", "small", "time", "abbr", "cite", "mark",
                           "sup", "sub", "q", "bdi", "font"})


def inline_text(el: etree._Element | None, *, skip: frozenset | set = frozenset()) -> str | None:
    """One-line visible text of an element."""
    if el is None:
        return None
    if not skip and all(d.tag in _PLAIN_INLINE and not is_hidden(d) for d in el.iterdescendants()):
        return clean_inline(raw_text(el))  # plain inline markup: no walk needed
    return clean_inline(element_text(el, skip=skip))
