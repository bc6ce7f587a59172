"""Read the comments printed on a post's page: ids, threading (parent, depth), authors, dates, text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import urldefrag, urlsplit

from lxml import etree

from crawler.items import CommentItem
from crawler.pages import selectors as S
from crawler.pages.dates import PageDate, parse_machine_date, parse_text_date
from crawler.pages.document import Page
from crawler.pages.text import clean_inline, date_text, element_text, is_hidden, raw_text


def _mentions_comments(page: Page) -> bool:
    """A cheap gate: comment markup always names something "comment" (class, id) or uses schema.org Comment."""
    return any("omment" in k for k in page.index.by_class) or any("omment" in k for k in page.index.by_id) \
        or bool(page.first_hit(S.COMMENT_SCHEMA))


def _has_core_comment_markup(page: Page) -> bool:
    """WordPress's walker marks every comment with an id comment-N (li-/div- variants) or a class comment /
    pingback / trackback: without any of them, only the generic fallbacks can find comments."""
    by_class = page.index.by_class
    return "comment" in by_class or "pingback" in by_class or "trackback" in by_class or \
        any(k.startswith(S.COMMENT_ID_PREFIXES) for k in page.index.by_id)


def comment_elements(page: Page) -> list[etree._Element]:
    """One element per comment, in page order (the first COMMENT_ITEMS selector that finds any)."""
    if not _mentions_comments(page):
        return []
    core = _has_core_comment_markup(page)
    excluded: set | None = None

    def candidates():  # lazily, first hit wins
        for sel in S.COMMENT_ITEMS if core else S.COMMENT_ITEMS[-1:]:
            yield sel(page.index)
        yield [li for _, lst in page.index.names_matching(S.COMMENT_LIST_NAME) if lst.tag in ("ol", "ul")
               for li in lst if li.tag == "li"]
        yield structural_comment_items(page)
        yield named_comment_items(page)

    for items in candidates():
        if items and excluded is None:
            excluded = set(page.select(S.NOT_THE_COMMENT_FORM)) | set(page.select(S.NOT_THE_COMMENT_LIST))
            excluded.update(_quoted_or_inert(page))
        if excluded:
            items = [i for i in items if i not in excluded and not any(a in excluded for a in i.iterancestors())]
        if items:
            return items
    return []


def _quoted_or_inert(page: Page) -> list[etree._Element]:
    """Where comment markup is not this blog's discussion: a <template> (inert until a script clones it), a
    <blockquote> (another blog's thread, quoted), and the post's own content (a post quoting comment markup), unless
    the theme prints the discussion there: the content holding the comment form or the comment area too."""
    out = page.index.tag_bucket("template")[0] + page.index.tag_bucket("blockquote")[0]
    # (#comments and .comments-area, not any comment list: a quoted one may sit in the content; and a content class
    # inside the discussion is a theme's name for each comment's text, not the post's content)
    discussion = page.first_hit(S.COMMENT_AREA[:2]) + page.first_hit(S.COMMENT_RESPOND)
    # what holds the discussion: an element is inside it, or holds it, or is it
    holding = {a for d in discussion for a in (d, *d.iterancestors())}
    for content in (el for sel in S.BODY_CORE for el in sel(page.index)):
        if content not in holding and not any(a in discussion for a in content.iterancestors()):
            out.append(content)
    return out


def _signature(el: etree._Element) -> tuple[str, str | None]:
    classes = (el.get("class") or "").split()
    return el.tag, classes[0] if classes else None


_COMMENT_BLOCK_NAME = re.compile(r"comment(?!s)", re.I)


def _is_comment_block(el: etree._Element) -> bool:
    """Shown, has some text, and is not (or does not hold) the comment form: the form carries author fields too."""
    if is_hidden(el) or any(is_hidden(a) for a in el.iterancestors()):
        return False
    if len(" ".join(raw_text(el).split())) < 20:
        return False
    return not any(d.tag == "textarea" or (d.get("type") or "text").lower() in ("text", "email", "url")
                   for d in el.iterdescendants("textarea", "input"))


def structural_comment_items(page: Page) -> list[etree._Element]:
    """Comments recognised by what they are, not by known class names: inside a comment area, the largest group
    of sibling blocks (same tag and first class) that each carry a comment marker (date, permalink, reply link,
    author) and text; blocks of the same kind nested inside them are their replies. A lone block counts when its
    own class says it is a comment (pages that print one comment and load the rest by script)."""
    for area in page.first_hit(S.COMMENT_AREA):
        marked: set[etree._Element] = set()
        for m in S.COMMENT_MARKERS(page.index, area):
            for a in m.iterancestors():
                if a is area or a in marked:
                    break
                marked.add(a)
        best: list[etree._Element] = []
        for parent in [area, *sorted(marked, key=page.index.order.__getitem__)]:  # page order: deterministic
            groups: dict[tuple, list] = {}
            for child in parent:
                if child in marked:
                    groups.setdefault(_signature(child), []).append(child)
            for group in groups.values():
                if len(group) > len(best) and all(_is_comment_block(c) for c in group):
                    best = group
        if len(best) >= 2 or (best and _COMMENT_BLOCK_NAME.search(best[0].get("class") or "")):
            kind = _signature(best[0])
            return [el for el in area.iterdescendants(best[0].tag) if el in marked and _signature(el) == kind]
    return []


_ITEM_TAGS = frozenset({"div", "li", "article", "section", "blockquote", "dd"})


def named_comment_items(page: Page) -> list[etree._Element]:
    """Comments on pages without WordPress's markup or a comment area: the largest group (≥ 2) of sibling blocks
    that share a class naming one comment (COMMENT_ITEM_NAME: "comment", "kommentar-item", "MtnComment"), each
    with text and none the form; blocks of that class nested inside them are their replies."""
    groups: dict[tuple, list[etree._Element]] = {}
    for _, el in page.index.names_matching(S.COMMENT_ITEM_NAME):
        if el.tag in _ITEM_TAGS:
            name = next((c for c in (el.get("class") or "").split() if S.COMMENT_ITEM_NAME.search(c)), None)
            if name:
                groups.setdefault((el.getparent(), el.tag, name), []).append(el)
    best: list[etree._Element] = []
    for group in groups.values():
        if len(group) >= 2 and len(group) > len(best) and all(_is_comment_block(c) for c in group):
            best = group
    if not best:
        return []
    _, tag, name = next(k for k, v in groups.items() if v is best)
    items = set(best)
    for el in best:  # replies: blocks of the same kind inside a comment
        items.update(d for d in el.iterdescendants(tag) if name in (d.get("class") or "").split())
    return sorted(items, key=page.index.order.__getitem__)


def _comment_id(el: etree._Element) -> int | None:
    for attr in S.COMMENT_ID_ATTRS:
        value = el.get(attr)
        if not value:
            continue
        for pat in S.COMMENT_ID_PATTERNS:
            m = pat.match(value.strip())
            if m:
                return int(m.group(1))
    # core's html5 markup: li#comment-N > article#div-comment-N; some themes put the id on the inner block only
    for inner in el.iterchildren():
        if isinstance(inner.tag, str):
            m = S.COMMENT_ID_PATTERNS[0].match(inner.get("id") or "")
            if m:
                return int(m.group(1))
    return None


def _permalink_id(el: etree._Element) -> int | None:
    """For a block without an id: the first permalink ("#comment-N") or reply link ("?replytocom=N") in it (a
    reply's own links come after its parent's)."""
    for a in el.iterdescendants("a"):
        m = _PERMALINK_ID.search(a.get("href") or "")
        if m:
            return int(m.group(1) or m.group(2))
    return None


_PERMALINK_ID = re.compile(r"#comment-(\d+)$|[?&]replytocom=(\d+)")


def _owner(node: etree._Element, items: set[etree._Element]) -> etree._Element | None:
    """The comment element a node belongs to (its nearest comment ancestor, itself included)."""
    cur: etree._Element | None = node
    while cur is not None:
        if cur in items:
            return cur
        cur = cur.getparent()
    return None


def _own_hit(page: Page, item: etree._Element, selectors, items: set[etree._Element]) -> list:
    """Results of the first selector that finds something belonging to this comment (not to its replies)."""
    for sel in selectors:
        own = []
        for hit in sel(page.index, item):
            if _owner(hit, items) is item:
                own.append(hit)
        if own:
            return own
    return []


def _comment_date(page: Page, item: etree._Element, items: set[etree._Element],
                  lang: str | None, own_id: int | None) -> PageDate | None:
    """`own_id`: the id the comment's block carries, if any."""
    for node in _own_hit(page, item, S.COMMENT_DATETIME, items):
        found = parse_machine_date(node.get("datetime") or node.get("content"))
        if found:
            return _utc_labelled_local(found, node, lang)
    for sel in S.COMMENT_DATE_TEXT:
        for node in _own_hit(page, item, (sel,), items):
            found = parse_text_date(date_text(node), lang)
            if found:
                return found
    return (_permalink_date(item, items, lang, own_id) or _header_date(item, items, lang)
            or next(filter(None, (parse_text_date(date_text(n), lang) for n in _named_dates(item, items))), None)
            or _tooltip_date(item, items, lang) or _bare_date_by_author(page, item, items, lang))


def _bare_date_by_author(page: Page, item: etree._Element, items: set[etree._Element],
                         lang: str | None) -> PageDate | None:
    """The date printed as bare text in the author's element, beside the element holding the name (Avada:
    "<strong>Name</strong> 14 september 2018 kl. 16:40<a class=comment-reply-link>"), see _author_text."""
    for node in _own_hit(page, item, S.COMMENT_AUTHOR, items)[:1]:
        bare = _bare_text(node)
        if _BARE_DATE.search(bare):
            # the whole element first: its time may be a link after the bare date ("said, on August 3, 2019 at
            # <a href=#comment-1361>3:12 pm</a>")
            found = [parse_text_date(clean_inline(text), lang) for text in (date_text(node), bare)]
            return next((d for d in found if d and d.has_time), None) or found[0] or found[1]
    return None


def _utc_labelled_local(found: PageDate, node: etree._Element, lang: str | None) -> PageDate:
    """A machine-readable time whose clock is UTC but labelled with the site's offset: WordPress's
    get_comment_time('c', true) formats the GMT time with the site's zone ("16:12+01:00" for a comment the same
    element prints as "kl. 17:12"). When the printed local time runs ahead of the attribute's clock by exactly the
    attribute's offset, the clock is read as UTC; otherwise the attribute stands."""
    if not found.has_time or not found.offset_minutes:
        return found
    printed = parse_text_date(date_text(node), lang)
    if printed is None or not printed.has_time or printed.offset_minutes is not None:
        return found
    if printed.local - found.local == timedelta(minutes=found.offset_minutes):
        return PageDate(found.local, True, 0)
    return found


def _tooltip_date(item: etree._Element, items: set[etree._Element], lang: str | None) -> PageDate | None:
    """The exact date a date element keeps in its tooltip when it prints a relative one ("för 7 år sedan" with
    title="8 mars, 2019 17:12")."""
    for node in item.iterdescendants(etree.Element):
        title = node.get("title")
        if title and any(ch.isdigit() for ch in title) \
                and any(S.DATE_TEXT_NAME.search(c) for c in (node.get("class") or "").split()) \
                and _owner(node, items) is item:
            found = parse_text_date(title, lang)
            if found:
                return found
    return None


def _named_dates(item: etree._Element, items: set[etree._Element]) -> list[etree._Element]:
    """This comment's own short elements whose class names a date, holding one ("<span class="datum">15 dec
    2018</span>"), in document order."""
    # (the class first: it rules out most elements, and finding an element's comment walks its ancestors)
    return [n for n in item.iterdescendants(etree.Element)
            if any(S.DATE_TEXT_NAME.search(c) for c in (n.get("class") or "").split()) and _owner(n, items) is item
            and _is_date_or_number(clean_inline(element_text(n)) or "") and parse_text_date(date_text(n)) is not None]


def _header_date(item: etree._Element, items: set[etree._Element], lang: str | None) -> PageDate | None:
    """The date printed in the comment's own <header> or <footer> (HTML's places for who wrote it and when), when
    no element names it ("<span class="ms-c__when">14.09.2018 16:40</span>")."""
    for node in item.iterdescendants("header", "footer"):
        if _owner(node, items) is item:
            found = parse_text_date(date_text(node), lang)
            if found:
                return found
    return None


def _own_permalinks(item: etree._Element, items: set[etree._Element], own_id: int | None) -> Iterator[etree._Element]:
    """Links in this comment (not in its replies) to its own "#comment-N", where themes print its date."""
    for a in item.iterdescendants("a"):
        m = _PERMALINK_ID.search(a.get("href") or "")
        if not m or m.group(1) is None:  # a reply link (?replytocom=) is no permalink
            continue
        if _owner(a, items) is not item or (own_id is not None and int(m.group(1)) != own_id):
            continue  # another comment's permalink ("re: Anna (12 May 2017)")
        yield a


def _permalink_date(item: etree._Element, items: set[etree._Element], lang: str | None,
                    own_id: int | None) -> PageDate | None:
    """The date a theme of its own markup prints in the comment's permalink ("#comment-N", the link WordPress
    themes put on a comment's date), else in a title attribute there: a date printed as "för 6 år sedan" keeps
    the full one in its tooltip."""
    for a in _own_permalinks(item, items, own_id):
        for text in (date_text(a), *(n.get("title") for n in a.iter() if n.get("title"))):
            found = parse_text_date(text, lang)
            if found:
                return found
    return None


def _is_date_or_number(text: str) -> bool:
    return len(text) <= 60 and any(ch.isdigit() for ch in text)


def _only_a_date(text: str) -> bool:
    """A short text that is a date and nothing more ("(15 december 2018)", "10 jan 2019 kl. 19:45")."""
    core = clean_inline(text).strip("()[] ")
    return _is_date_or_number(core) and len(core.split()) <= 5 and parse_text_date(core) is not None


def _comment_type(item: etree._Element) -> str:
    """comment_class() names pingbacks and trackbacks; a theme's own classes say it in a modifier ("…__item--ping"),
    or only the label the item begins with ("Pingback", "Trackback:")."""
    classes = (item.get("class") or "").split()
    if any(c in classes for c in S.PINGBACK_CLASSES):
        return "pingback"
    if any(c in classes for c in S.TRACKBACK_CLASSES):
        return "trackback"
    words = {w for c in classes for w in _CLASS_WORD_SPLIT.split(c.lower())}
    label = _PING_LABEL_ALONE.match(next((t for t in item.itertext() if t.strip()), ""))
    if label or words & S.PING_CLASS_WORDS:
        if "trackback" in words or (label and label.group(1).lower() == "track"):
            return "trackback"
        return "pingback"
    return "comment"


_CLASS_WORD_SPLIT = re.compile(r"[-_]+")


_PING_LABEL = re.compile(r"^\s*(?:ping|track)back\s*:?\s*", re.I)
# a text node of its own, "Pingback: …", or "Pingback från/from/von <a>site</a>"
_PING_LABEL_ALONE = re.compile(r"^\s*(ping|track)back\b\s*(?::|$|\w{1,5}\s*$)", re.I)
_WORD = re.compile(r"\w")
_LABEL_WORD = re.compile(r"^\w{1,5}$")


def _comment_text(page: Page, item: etree._Element, items: set[etree._Element], author_nodes: list,
                  own_id: int | None, kind: str, lead: bool = False) -> str | None:
    """`kind`: the item's _comment_type; `lead`: the author's name is the item's first words (_lead_author), not
    the text's."""
    bodies = _own_hit(page, item, S.COMMENT_BODY, items)
    body = bodies[0] if bodies else item
    skip = {n for n in S.COMMENT_NOISE(page.index, body) if n is not body}
    skip.update(i for i in items if i is not item)
    if body is item or kind != "comment":
        skip.update(author_nodes)
    if kind != "comment":  # a ping's text is the citing post's excerpt; its date ("för 8 år sedan") is not
        skip.update(n for n in body.iter("time") if n is not body)
    if body is item or kind != "comment":
        skip.update(n for n in _named_dates(body, items) if n is not body)
    if body is item:
        # no element names the text: leave out what HTML says is not the content (a comment's <header> and
        # <footer> hold its author, date and reply link; a <time> is the date), whatever the theme's class names
        skip.update(n for n in body.iter("header", "footer", "time") if n is not body)
        skip.update(_reply_to_lines(body, own_id))
    # a link to the comment itself holding a number is its date or "#12", not its text ("Anna (<a
    # href=#comment-38>15 december 2018</a>)"), nor is a bare "#" or "¶"; one with words is kept (a subject line
    # some sites link so)
    skip.update(a for a in _own_permalinks(item, items, own_id)
                if _is_date_or_number(clean_inline(element_text(a)) or "")
                or not _WORD.search(clean_inline(element_text(a)) or ""))
    text = element_text(body, skip=skip)
    if lead and body is item and text.startswith((item.text or "").strip()):
        text = text[len((item.text or "").strip()):]
    if body is item:  # what separated the author and date left out ("<a>Name</a>, <a href=#comment-2>date</a>")
        text = text.lstrip(" ,:;|·–—-\n")
    if kind != "comment":
        # core prints a pingback as "Pingback: <link to the citing post>", without its excerpt; what a theme prints
        # around its date link ("()") is no excerpt either
        text = _PING_LABEL.sub("", text).strip().lstrip(" ,:;|·–—-\n")  # ("Pingback: <author> - excerpt")
        # nothing but punctuation or the label's own last word ("Pingback från <a>site</a>") is no excerpt, nor
        # is the ping's date printed beside its link ("<a>Site</a> <small>(15 december 2018)</small>")
        if not _WORD.search(text) or _LABEL_WORD.match(text):
            return None
        return None if _only_a_date(text) else text
    return text


def _author_by_class(item: etree._Element, items: set[etree._Element]) -> list[etree._Element]:
    """The first short element of this comment (not of its replies) whose class names it the author, when none of
    the known author selectors matched (a theme's own comment markup)."""
    for node in item.iter(etree.Element):
        if node is item or not any(S.COMMENT_AUTHOR_CLASS.search(c) for c in (node.get("class") or "").split()):
            continue
        if _owner(node, items) is item and 0 < len(_author_text(node)) <= 80:
            return [node]
    return []


def _lead_author(item: etree._Element, items: set[etree._Element], own_id: int | None) -> str | None:
    """A name printed as the comment's first words, right before its time or its permalink, with no element of its
    own ("Birgitta Holm, <a href="#comment-2"><time>…</time></a>", "Anna skrev: <time>")."""
    lead = (item.text or "").strip()
    first = next((c for c in item if isinstance(c.tag, str)), None)
    if not lead or len(lead) > 60 or first is None:
        return None
    if first.tag != "time" and first not in set(_own_permalinks(item, items, own_id)):
        return None
    return _SAYS.sub("", " " + lead.rstrip(" ,:;–—-")).strip() or None


_SENTENCE_END = re.compile(r"[.!?…]$")


def _author_beside_date(item: etree._Element, items: set[etree._Element], own_id: int | None) -> list:
    """The element printed right before the comment's permalink or <time>, in the same header row, when no class
    names the author (utility-class themes: "<p class="text-sm font-semibold">Birgitta Holm</p> <p><a
    href="#comment-65"><time>…</time></a></p>"). Only a short line that is not a sentence, and only in a row that
    the comment's text follows: a date printed under the text has the text, not the name, before it."""
    marks = list(_own_permalinks(item, items, own_id)) or [
        t for t in item.iterdescendants("time") if _owner(t, items) is item]
    if not marks:
        return []
    node = marks[0]
    for _ in range(3):
        parent = node.getparent()
        if node is item or parent is None:
            return []
        prev = node.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not (clean_inline(element_text(prev)) or "")):
            prev = prev.getprevious()
        if prev is not None:
            name = _author_text(prev)
            if len(name) > 40 or len(name.split()) > 4 or _SENTENCE_END.search(name) or _is_date_or_number(name):
                return []
            return [prev] if _text_follows(parent, item, items) else []
        node = parent
    return []


def _text_follows(row: etree._Element, item: etree._Element, items: set[etree._Element]) -> bool:
    """Whether a block after `row` (within the comment, not in its replies) holds more than a few words."""
    node = row
    while node is not None and node is not item:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and sibling not in items and \
                    len((clean_inline(element_text(sibling)) or "").split()) > 3:
                return True
        node = node.getparent()
    return False


def _author_text(node: etree._Element) -> str:
    """An author element's text without the badge a theme may put inside it ("Maria Ekholm <em
    class="badge">Skribent</em>"), nor the comment's date, meta line or reply link when the theme prints them
    inside it (OceanWP: "<div class="comment-author">Name <span class="comment-meta">12 mar 2020 Svara</span>")."""
    skip = {n for n in node.iterdescendants() if isinstance(n.tag, str) and (
        n.tag == "time" or any(S.AUTHOR_BADGE_CLASS.search(c) or _NOT_THE_NAME.search(c)
                               for c in (n.get("class") or "").split()))}
    # a link to the comment itself ("Permalink", its date) is no part of the name, unless the name is all there is
    permalinks = {a for a in node.iterdescendants("a") if _PERMALINK_ID.search(a.get("href") or "")} - skip
    if permalinks:
        without = clean_inline(element_text(node, skip=skip | permalinks))
        if without:
            return without
    # the date printed as bare text beside the element holding the name (Avada: "<strong>Name</strong> 14 september
    # 2018 kl. 16:40<a class=comment-reply-link>"): the name is the elements' text
    if _BARE_DATE.search(_bare_text(node)):
        named = clean_inline(" ".join(element_text(child, skip=skip) for child in node
                                      if isinstance(child.tag, str) and child not in skip))
        if named:
            return named
    return clean_inline(element_text(node, skip=skip) if skip else element_text(node))


# a year or a clock time: bare text beside an author's name that holds one is the comment's date
_BARE_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b")


def _bare_text(node: etree._Element) -> str:
    """The text directly in node, outside its child elements."""
    return " ".join([node.text or "", *(child.tail or "" for child in node)])


# classes of what an author element may hold beside the name: the comment's date, meta line and reply link
_NOT_THE_NAME = re.compile(r"(?:^|[-_])(?:date|time|meta|metadata|commentmetadata|reply)(?:[-_]|$)", re.I)


def _reply_to_lines(item: etree._Element, own_id: int | None) -> list[etree._Element]:
    """Short lines that link to another comment ("svar till <a href=#comment-12>Birgitta</a>", "In reply to …"):
    the thread's chrome, not the comment's text."""
    return [line for line, _ in _reply_to_links(item, own_id)]


def _reply_to_links(item: etree._Element, own_id: int | None) -> list[tuple[etree._Element, re.Match]]:
    """(line, the link's _PERMALINK_ID match) for each short line of `item` that links to another comment."""
    lines = []
    for a in item.iterdescendants("a"):
        m = _PERMALINK_ID.search(a.get("href") or "")
        if not m or int(m.group(1) or m.group(2)) == own_id:
            continue
        line = a.getparent()
        while line is not None and line is not item and line.tag in ("a", "span", "em", "strong", "b", "i", "small"):
            line = line.getparent()
        if line is None or line is item:
            continue
        # only a label around the link ("svar till …", "In reply to …"): a sentence that mentions another
        # comment ("I agree with <a>Anna</a>, thanks!") is the comment's text
        label = len(clean_inline(element_text(line))) - len(clean_inline(element_text(a)))
        if label <= 16:  # "svar till ", "In reply to ", "Als Antwort auf "
            lines.append((line, m))
    return lines


def _replied_to(item: etree._Element, items: set[etree._Element], own_id: int | None) -> int | None:
    """The comment a flat list's reply names in its own "Svar på <a href=#comment-12>…</a>" line (themes that show
    comments in date order, not nested, say the parent so)."""
    for line, m in _reply_to_links(item, own_id):
        if m.group(1) is not None and _owner(line, items) is item:  # a permalink, not another's reply button
            return int(m.group(1))
    return None


_SAYS = re.compile(
    r"\s+(?:says|wrote|sagt|schrieb|skriver|skrev|dit|dice|scrive|zegt|sier|siger|pisze|kirjoitti)\s*:?\s*$"
    # WordPress.com themes: "Name said, on August 3, 2019 at 3:12 pm" (the date and time, linked or not, after it)
    r"|\s+(?:said|sagte|sa|skrev|a dit|dijo|disse|zei)\s*,\s*(?:on|am|den|le|el|em|op)\s.*$", re.I)


def _awaiting_moderation(page: Page, item: etree._Element, items: set[etree._Element]) -> bool:
    """WordPress shows a comment awaiting moderation only to its author (comment_class() "unapproved", core's
    "comment-awaiting-moderation" note); a page cache can serve that page to everyone."""
    if "unapproved" in (item.get("class") or "").split():
        return True
    return bool(_own_hit(page, item, (S.COMMENT_AWAITING_MODERATION,), items))


def extract_comments(page: Page, lang: str | None = None) -> list[tuple[CommentItem, PageDate | None]]:
    """Every comment on this page, parents before replies (page order), with the date as printed."""
    # one element per comment id: the outermost (li#li-comment-N holds article#comment-N)
    elements: list[etree._Element] = []
    ids: dict[etree._Element, int | None] = {}
    seen: set[int] = set()
    for el in comment_elements(page):
        cid = _comment_id(el)
        if cid is not None:
            if cid in seen:
                continue
            seen.add(cid)
        ids[el] = cid
        elements.append(el)
    own_ids = dict(ids)  # the ids the blocks carry (a permalink's id below is a guess from its links)
    for el in elements:  # after the real ids: a permalink never takes an id another comment has
        if ids[el] is None:
            cid = _permalink_id(el)
            if cid is not None and cid not in seen:
                seen.add(cid)
                ids[el] = cid
    items = set(elements)
    out: list[tuple[CommentItem, PageDate | None]] = []
    placed: list[etree._Element] = []  # the element of each comment in out
    for el in elements:
        cid = ids[el]
        if _awaiting_moderation(page, el, items):
            continue  # privacy: a page cached for its commenter shows a comment not yet approved
        placed.append(el)
        parent_el = _owner(el.getparent(), items) if el.getparent() is not None else None
        depth = 1
        anc = parent_el
        while anc is not None:
            depth += 1
            anc = _owner(anc.getparent(), items) if anc.getparent() is not None else None
        author_nodes = _own_hit(page, el, S.COMMENT_AUTHOR, items) or _author_by_class(el, items)
        author = _author_text(author_nodes[0]) if author_nodes else _lead_author(el, items, own_ids[el])
        if not author and not author_nodes:
            author_nodes = _author_beside_date(el, items, own_ids[el])
            author = _author_text(author_nodes[0]) if author_nodes else None
        if author:
            # "Pingback: <a>Site</a>" in one author element (a cite holding the label and the link)
            author = _SAYS.sub("", _PING_LABEL.sub("", author)) or None
        # a link to a comment (its permalink, a reply link) is never the commenter's site, even inside the author's
        # element (<dt class="comment-author"><cite>Name</cite> <a href="#comment-35">date</a></dt>)
        links = [a for a in _own_hit(page, el, S.COMMENT_AUTHOR_LINK, items)
                 if not _PERMALINK_ID.search(a.get("href") or "")]
        author_url = page.absolute(links[0].get("href")) if links else None
        when = _comment_date(page, el, items, lang, own_ids[el])
        kind = _comment_type(el)
        text = _comment_text(page, el, items, author_nodes, own_ids[el], kind, lead=bool(author) and not author_nodes)
        if kind == "comment" and not text and _off_host(page, author_url):
            # WordPress takes no comment without text: an item that shows none, only a link to another site, is a
            # ping shown without its excerpt
            kind = "pingback"
        out.append((CommentItem(
            wp_comment_id=cid,
            parent_wp_comment_id=ids.get(parent_el) if parent_el is not None else None,
            author_name=author,
            author_url=author_url,
            published_at=when.utc_iso() if when else None,
            body_text=text,
            depth=depth,
            comment_type=kind,
        ), when))
    _parents_from_reply_lines(out, placed, items, own_ids)
    return out


def _off_host(page: Page, url: str | None) -> bool:
    return bool(url) and bool(page.url) and urlsplit(url).netloc.lower() != urlsplit(page.url).netloc.lower()


def _parents_from_reply_lines(out: list[tuple[CommentItem, PageDate | None]], placed: list[etree._Element],
                              items: set[etree._Element], own_ids: dict[etree._Element, int | None]) -> None:
    """Comments printed flat: a top-level item whose own line names the comment it answers gets that parent, and
    the depth that follows from it (its parent may be on another comment page: depth 2 then)."""
    shown = {c.wp_comment_id: c for c, _ in out if c.wp_comment_id is not None}
    for (comment, _), el in zip(out, placed):
        if comment.parent_wp_comment_id is not None or comment.comment_type != "comment":
            continue
        parent = _replied_to(el, items, own_ids.get(el))
        if parent is not None and parent != comment.wp_comment_id:
            comment.parent_wp_comment_id = parent
            comment.depth = shown[parent].depth + 1 if parent in shown else 2


_COMMENT_PAGE = re.compile(r"/comment-page-\d+/?|[?&]cpage=\d+")


def comment_page_urls(page: Page, post_url: str | None = None, has_comments: bool = True) -> list[str]:
    """Absolute links to this post's other comment pages (its comment pagination), in page order.

    Only links under the post's own URL count: "recent comments" widgets link comment pages of other posts.
    A page without comments has no comment pagination (WordPress shows the last, non-empty page by default).
    """
    out: list[str] = []
    if not has_comments or not _mentions_comments(page):
        return out
    here = urldefrag(page.url)[0] if page.url else None
    base = _COMMENT_PAGE.sub("", urldefrag(post_url or page.url or "")[0]).rstrip("/")
    excluded = set(page.select(S.NOT_THE_COMMENT_LIST))
    for sel in S.COMMENT_PAGE_LINKS:
        for node in sel(page.index):
            if excluded and any(a in excluded for a in node.iterancestors()):
                continue
            link = page.absolute(node.get("href"))
            if not link:
                continue
            link = urldefrag(link)[0]
            if not _COMMENT_PAGE.search(link) or link == here or link in out or "replytocom=" in link:
                continue  # (a reply link on a later comment page is a form's address, not a page of comments)
            if base and not link.startswith(base + "/") and not link.startswith(base + "?") and \
                    _COMMENT_PAGE.sub("", link).rstrip("/") != base:
                continue
            out.append(link)
    return out
