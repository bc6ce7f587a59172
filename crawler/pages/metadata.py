"""Post metadata read from a page: title, author, dates, categories and tags (JSON-LD where it helps)."""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable
from urllib.parse import quote, unquote, urlsplit

from lxml import etree

from crawler.pages import selectors as S
from crawler.pages.dates import PageDate, date_from_url, parse_machine_date, parse_text_date
from crawler.pages.document import Page, inside
from crawler.pages.text import clean_inline, date_text, element_text, inline_text, raw_text

# ------------------------------------------------------------------------------------------ JSON-LD
_ARTICLE_TYPES = ("article", "posting", "blogposting", "newsarticle", "report", "review")


def _json_ld_objects(page: Page) -> list[dict]:
    out: list[dict] = []
    for raw in page.json_ld:
        try:
            data = json.loads(str(raw).strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                out.append(node)
                graph = node.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return out


def _types(node: dict) -> list[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return [t.lower()]
    if isinstance(t, list):
        return [str(x).lower() for x in t]
    return []


@dataclass
class LinkedData:
    """What a page's JSON-LD says about its article."""

    published: str | None = None
    modified: str | None = None
    author: str | None = None
    headline: str | None = None


def linked_data(page: Page) -> LinkedData:
    objs = _json_ld_objects(page)
    if not objs:
        return LinkedData()
    by_id = {o.get("@id"): o for o in objs if isinstance(o.get("@id"), str)}
    articles = [o for o in objs if any(t.endswith(_ARTICLE_TYPES) for t in _types(o))]
    pages = [o for o in objs if any(t in ("webpage", "itempage") for t in _types(o))]
    ld = LinkedData()
    for node in articles + pages:
        ld.published = ld.published or _str(node.get("datePublished"))
        ld.modified = ld.modified or _str(node.get("dateModified"))
        if node in articles:
            ld.headline = ld.headline or _str(node.get("headline"))
            ld.author = ld.author or _person_name(node.get("author"), by_id)
    return ld


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _person_name(value: object, by_id: dict) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_person_name(v, by_id) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        if "name" in value:
            return _str(value.get("name"))
        ref = value.get("@id")
        if isinstance(ref, str) and ref in by_id:
            return _str(by_id[ref].get("name"))
    return None


# ------------------------------------------------------------------------------------------ title
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"'})


def _norm(value: str | None) -> str:
    return " ".join((value or "").split()).casefold().translate(_DASHES)


def site_name(page: Page) -> str | None:
    name = page.first_value(S.SITE_NAME)
    if name:
        return clean_inline(name)
    # WordPress's own spelling of the name, before elements whose text may add a tagline or a logo's alt text
    for feed_title in (v for sel in S.SITE_FEED_TITLES for v in sel(page.index)):
        name, separator, _ = feed_title.partition(" » ")
        if separator and name.strip():
            return clean_inline(name)
    for sel in S.SITE_NAME_ELEMENTS:
        for el in sel(page.index):
            text = inline_text(el)
            if text:
                return text
    return None


def strip_site_name(title: str, site: str | None) -> str:
    """"Post title – Site name" -> "Post title" (the site's name, else the shortest end part, goes)."""
    parts = S.TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title.strip()
    if site:
        s = _norm(site)
        kept = [p for p in parts if _norm(p) != s and not (len(_norm(p)) > 3 and _norm(p) in s)
                and _norm(p) not in S.TITLE_ARCHIVE_LABELS]
        if kept and len(kept) < len(parts):
            start = title.find(kept[0])
            end = title.rfind(kept[-1]) + len(kept[-1])
            return title[start:end].strip() if 0 <= start < end else kept[0]
    return max(parts, key=len).strip()


_EDGE_SEPARATORS = " |-–—:·•/"


def _heading_text(el: etree._Element) -> str | None:
    """A heading's text without its kicker / roofline, date or by-line children.

    A child is a kicker when its class or tag says so, unless it holds (nearly) the heading's whole text (Drupal
    prints every field, the title too, with class "field--label-hidden"); what comes before a child that holds
    only a separator is a kicker too ("<span>Topic</span><span class=sr-only>: </span><span>Title</span>", the
    separator often hidden from sight). Text for screen readers only ("Headline:") goes, and so do separators
    left at either end.
    """
    kickers = set()
    for child in el.iter(etree.Element):
        if child is el:
            continue
        classes = child.get("class") or ""
        if child.tag in S.TITLE_KICKER_TAGS or S.TITLE_KICKER_CLASS.search(classes) or (
                classes and not S.TITLE_SCREEN_READER_CLASSES.isdisjoint(classes.split())):
            kickers.add(child)
    before_separator = _before_separator_child(el)
    if not kickers and not before_separator:
        return inline_text(el)
    whole = inline_text(el) or ""
    kickers = {k for k in kickers if len(inline_text(k) or "") < 0.9 * len(whole)}
    for skip in (kickers.union(before_separator), kickers):  # the separator's kicker only if a title follows
        if skip:
            text = (clean_inline(element_text(el, skip=skip)) or "").strip(_EDGE_SEPARATORS)
            if text:
                return text
    return None if kickers else whole or None


def _before_separator_child(el: etree._Element) -> list[etree._Element]:
    """The children before a child whose text is only a separator (": ", " – "), with that child, when text
    follows it; empty when the heading has text of its own before its first child."""
    if (el.text or "").strip():
        return []
    children = list(el)
    for i, child in enumerate(children[1:-1], start=1):
        text = raw_text(child)
        if text.strip() and not text.strip(_EDGE_SEPARATORS) and not (child.tail or "").strip():
            kicker_alone = all(not (c.tail or "").strip() for c in children[:i])
            return children[:i + 1] if kicker_alone and raw_text(children[i + 1]).strip() else []
    return []


def _starts_with_core(text: str, cores: list[str]) -> str | None:
    """The title when a heading equals a meta title's core or extends it (a longer or dated heading)."""
    t = _norm(text)
    for core in cores:
        c = _norm(core)
        if not c:
            continue
        if t == c:
            return text
        if t.startswith(c) and len(t) > len(c) and not t[len(c)].isalnum():
            rest = t[len(c):]
            if rest.lstrip().startswith("|") or parse_text_date(rest) is not None:
                return text[:len(core)].strip(_EDGE_SEPARATORS) if _norm(text[:len(core)]) == c else core
            return text
    return None


def _without_protected_label(text: str, cores: list[str]) -> str | None:
    """"Protected: Title" (WordPress's translated protected_title_format) -> "Title" when Title is a core, or a part
    of one between separators (the site's name unknown: "Title – Site")."""
    t = _norm(text)
    parts = [p.strip() for core in cores for p in S.TITLE_SEPARATORS.split(core) if p.strip()]
    for core in [*cores, *parts]:
        c = _norm(core)
        if c and t.endswith(c) and t[:-len(c)].rstrip().endswith(":"):
            return text[len(text) - len(core):].strip()
    return None


def title(page: Page, post_root: etree._Element | None, ld: LinkedData, protected: bool = False) -> str | None:
    """The post's title as its heading prints it, without kicker, by-line or site name.

    Candidate headings (the post's own title classes, then h1/h2 outside site chrome, in that order) are
    checked against <title>, og:title and the JSON-LD headline: first a heading that equals (or extends) one
    of them, then the post's own title element, then the longest heading contained in one of them, then the
    page's h1 when it has one text only (the metadata is then a search or social title that names no heading),
    and last the metadata itself with the site name removed. Metadata that names only the site means an empty
    title (other headings on such a page, like the comments' title, are not the post's).
    """
    site = site_name(page)
    # the first of each: a page's later <title>s are SVG icons' names ("Klarna", "Visa" in a shop's footer)
    metas = [clean_inline(next((v for v in sel(page.index) if v.strip()), None)) for sel in S.TITLE_META]
    if ld.headline:
        metas.append(clean_inline(ld.headline))
    metas = [m.strip(_EDGE_SEPARATORS) for m in metas if m and m.strip(_EDGE_SEPARATORS)]
    cores = list(metas)
    if site:
        cores += [strip_site_name(m, site) for m in metas]
    not_title = set(page.select(S.NOT_TITLE_AREAS))
    if post_root is not None:
        # an area that holds the post is not chrome around it (as for the body: Blogger's div.widget.Blog, or a
        # widget left open by broken markup, which swallows what follows it)
        not_title.difference_update(post_root.iterancestors())

    def candidates():  # lazily: most pages match on the first one
        if post_root is not None:
            for sel in S.TITLE_IN_POST:
                yield from sel(page.index, post_root)
        for sel in S.TITLE_IN_PAGE:
            yield from sel(page.index)
        yield from page.select(S.HEADINGS)

    seen: set = set()
    texts: list[str] = []
    h1_texts: set[str] = set()
    for el in candidates():
        if el in seen or el in not_title or any(a in not_title for a in el.iterancestors()):
            continue
        seen.add(el)
        text = _heading_text(el)
        if not text or (site and _norm(text) == _norm(site)):
            continue
        matched = _starts_with_core(text, cores) or (_without_protected_label(text, cores) if protected else None)
        if matched and protected:
            # a theme's own meta title can carry the label too ("Lösenordsskyddad: Title" in og:title); <title>
            # without it says what the label is
            matched = _without_protected_label(matched, [c for c in cores if _norm(c) != _norm(matched)]) or matched
        if matched:
            return matched
        texts.append(text)
        if el.tag == "h1":
            h1_texts.add(text)
    if post_root is not None:
        for sel in S.TITLE_IN_POST:
            for el in sel(page.index, post_root):
                text = _heading_text(el)
                # (the post's element may hold its navigation: "<nav><span class="post-title">Previous post"; other
                # areas named as chrome inside it are not ruled out here: a theme's "#sidebar" may hold the post)
                if text and el not in not_title and not any(a.tag == "nav" for a in el.iterancestors()):
                    return text
    names_only_site = [m for m in metas if site and _norm(site) in (_norm(m), _norm(strip_site_name(m, site)))]
    if metas and len(names_only_site) == len(metas):
        return ""  # the metadata names only the site, as WordPress does for a post without a title
    norm_metas = [_norm(m) for m in metas]
    contained = [t for t in texts if any(_norm(t) in m for m in norm_metas)]
    if contained:
        return max(contained, key=len)
    if len(h1_texts) == 1:
        return h1_texts.pop()
    if metas:
        return strip_site_name(metas[0], site)
    return texts[0] if texts else None


# ------------------------------------------------------------------------------------------ author
_BY_PREFIX = re.compile(
    r"^(?:posted|written|published|geschrieben|veröffentlicht|verfasst|publicerad|skriven|publié|écrit|"
    r"publicado|escrito|pubblicato|scritto|gepost|geschreven)?\s*"
    r"(?:by|von|av|par|por|di|da|door|af|przez|autor(?:in)?|author|auteur|författare)\s*:?(?:\s+|$)",
    re.I,
)  # (the label alone is no name either: "Av <a rel=author></a>" for a user with an empty display name)


def _clean_author(value: str | None) -> str | None:
    value = clean_inline(value)
    if not value:
        return None
    value = _BY_PREFIX.sub("", value).strip(" ,|·-–")
    if not value or len(value) > 80 or value.startswith(("http://", "https://")):
        return None
    return value


def author(page: Page, post_root: etree._Element | None, ld: LinkedData) -> str | None:
    scopes = [post_root, None] if post_root is not None else [None]
    for scope in scopes:
        for sel in S.AUTHOR_STRONG:
            for el in sel(page.index, scope):
                name = _clean_author(inline_text(el))
                if name:
                    return name
    if ld.author:
        name = _clean_author(ld.author)
        if name:
            return name
    for sel in S.AUTHOR_META:
        for value in sel(page.index):
            name = _clean_author(str(value))
            if name and not name.startswith("@"):
                return name
    for scope in scopes:
        for sel in S.AUTHOR_WEAK:
            for el in sel(page.index, scope):
                name = _clean_author(inline_text(el))
                if name:
                    return name
    return _author_archive_link(page, post_root) or _labelled_byline(page, post_root)


def _author_archive_link(page: Page, post_root: etree._Element | None) -> str | None:
    """A link in the post's element to this site's author archive (/author/<nicename>/, ?author=N), by its address
    alone (outside comments and related posts): themes of their own markup print "Skribent: <a href=…/author/…>
    Name</a>" with no class or rel. Without a post element (themes without post_class() or id="post-N"), the
    page's main area outside its chrome (menus, widgets, footers) is searched instead."""
    elsewhere = set(page.select(S.COMMENT_THREADS)) | set(page.select(S.NOT_POST_DATES_IN_POST))
    if post_root is None:
        main = page.select(S.MAIN_AREA)
        post_root = main[0] if main else page.root
        elsewhere |= set(page.select(S.NOT_POST_DATES))
    host = urlsplit(page.url or "").netloc
    for a in post_root.iter("a"):
        if "author" not in (a.get("href") or ""):
            continue  # (cheap: most links are not to an author archive, and resolving each costs)
        href = page.absolute(a.get("href")) or ""
        if (S.AUTHOR_ARCHIVE_URL.search(href) and urlsplit(href).netloc == host
                and not (elsewhere and inside(a, elsewhere))):
            name = _clean_author(inline_text(a))
            if name:
                return _name_printed_alone(post_root, a, name) or name
    return None


# a byline's label, alone or before the name: "Av", "By", "Skrivet av", "Written by:"
_BYLINE_LABEL = re.compile(
    r"\s*(?:(?:posted|written|published|geschrieben|verfasst|publicerad|skriven|skrivet|publié|écrit|publicado|"
    r"escrito|pubblicato|scritto|geschreven)\s+)?(?:by|von|av|par|por|di|door|af|przez)\s*:?(?:\s+|$)", re.I)
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "af", "la", "le", "di", "da", "du", "del", "y"})
# a label elsewhere: a link ("By Course or Type" in a menu), a table cell ("Di", "Mi": weekdays), a control
_NOT_BYLINE_TAGS = frozenset({"a", "td", "th", "option", "button", "label"})


def _labelled_byline(page: Page, post_root: etree._Element | None) -> str | None:
    """A name after a byline's label near the post's title, in markup that names neither ("<span>Av</span>
    <span>Maria Ekholm</span>", "<p>By Anna Berg</p>"): themes of utility classes only, hand-made pages. Only the
    title's own container and the one around it are read, outside comments."""
    scope = post_root if post_root is not None else next(iter(page.select(S.MAIN_AREA)), page.root)
    lo, hi = page.index.span(scope)
    headings = [el for el, pos in zip(*page.index.tag_bucket("h1")) if lo <= pos <= hi]
    if not headings:
        return None
    elsewhere = set(page.select(S.COMMENT_THREADS))
    container = headings[0].getparent()
    for _ in range(2):
        if container is None or container.tag in ("body", "html"):
            return None
        for el in container.iter(etree.Element):
            name = _byline_name(el)
            if name and not (elsewhere and inside(el, elsewhere)):
                return name
        container = container.getparent()
    return None


def _byline_name(el: etree._Element) -> str | None:
    """The name a byline element gives: its own text after the label ("By Anna Berg"), else the element right
    after a label standing alone ("<span>Av</span> <span>Anna Berg</span>")."""
    text = el.text
    if not text or len(text) > 80 or el.tag in _NOT_BYLINE_TAGS:
        return None
    label = _BYLINE_LABEL.match(text)
    if not label:
        return None
    rest = text[label.end():].strip()
    if rest:
        candidate = clean_inline(raw_text(el))[len(text.strip()) - len(rest):] if len(el) else rest
    else:
        following = el[0] if len(el) else el.getnext()
        if following is None or not isinstance(following.tag, str):
            return None
        candidate = inline_text(following) or ""
    candidate = candidate.strip(" ,|·-–")
    return candidate if _is_person_name(candidate) else None


def _is_person_name(text: str) -> bool:
    """A full name as a byline prints it: two to five capitalised words (particles aside), letters only."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and all(
        (w[:1].isupper() or w in _NAME_PARTICLES) and all(ch.isalpha() or ch in "'’.-" for ch in w) for w in words)


def _name_printed_alone(post_root: etree._Element, link: etree._Element, text: str) -> str | None:
    """The name inside an author-archive link's label ("Alla inlägg av Maria Ekholm", "View all posts by …"): the
    end of the label that an element of the post prints on its own (an author card's name line), if any."""
    words = text.split()
    if len(words) < 3:
        return None
    tails = {" ".join(words[i:]) for i in range(1, len(words))}
    for el in post_root.iter(etree.Element):
        if el is link or len(el) > 3:
            continue
        shown = _clean_author(inline_text(el))
        if shown in tails:
            return shown
    return None


# ------------------------------------------------------------------------------------------ dates
def _machine_date(values) -> PageDate | None:
    for v in values:
        found = parse_machine_date(str(v))
        if found:
            return found
    return None


class _PrintedDates:
    """Dates printed in elements named like dates (DATE_TEXT_NAME), <time> and <abbr>, in document order: one
    scan of the page's candidates, each element read at most once however many scopes ask."""

    def __init__(self, page: Page, lang: str | None):
        self.page, self.lang = page, lang
        self.read: dict[int, PageDate | None] = {}

    @cached_property
    def candidates(self) -> list[tuple[int, etree._Element]]:
        found = dict(self.page.index.names_matching(S.DATE_TEXT_NAME))
        for tag in S.DATE_TEXT_TAGS:
            found.update(zip(self.page.index.tag_bucket(tag)[1], self.page.index.tag_bucket(tag)[0]))
        return sorted(found.items())

    def _excluded_ends(self, excluded: set) -> tuple[list[int], list[int]]:
        """The excluded elements' document spans, merged: starts and ends, sorted, for a bisection."""
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(self.page.index.span(el) for el in excluded):
            if starts and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            elif a <= b:
                starts.append(a)
                ends.append(b)
        return starts, ends

    def first(self, scope: etree._Element | None, excluded: set) -> PageDate | None:
        """The first date printed within scope (the page for None), outside the excluded elements."""
        lo, hi = self.page.index.span(scope)
        starts, ends = self._excluded_ends(excluded)
        for pos, el in self.candidates:
            if pos < lo or pos > hi:
                continue
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos <= ends[i]:
                continue
            if pos not in self.read:
                self.read[pos] = self._date_in(el)
            if self.read[pos]:
                return self.read[pos]
        return None

    def _date_in(self, el: etree._Element) -> PageDate | None:
        text = " ".join(raw_text(el).split())  # cheap to measure; read apart only when it may hold one
        if not text or len(text) > 300 or not any(ch.isdigit() for ch in text):
            return None
        return parse_text_date(clean_inline(date_text(el)), self.lang)


def _time_value(el: etree._Element) -> str | None:
    """The machine-readable time a <time>, <abbr> or microdata element carries."""
    return el.get("datetime") or el.get("title") or el.get("content")


def _published_sources(page: Page, post_root: etree._Element | None, ld: LinkedData, lang: str | None,
                       post_url: str | None) -> list[tuple[bool, Callable[[], PageDate | None]]]:
    """Where a publication date may be read, most trusted first, each as (costly, read): the metas, JSON-LD,
    <time> in the post, dates printed in the post, <time> page-wide (outside widgets, related posts and
    comments), the late metas, dates printed page-wide, the permalink. Costly readings scan printed text."""
    printed = _PrintedDates(page, lang)

    @lru_cache(maxsize=None)
    def comments() -> set:
        return set(page.ids_matching(S.COMMENT_ELEMENT_ID))

    @lru_cache(maxsize=None)
    def excluded() -> set:
        return set(page.select(S.NOT_POST_DATES)) | comments()

    def machine_on_page():
        # the metas, then microdata outside the comments: a comment's datePublished is the comment's
        metas = (v for sel in S.PUBLISHED_META for v in sel(page.index))
        microdata = (el.get(attribute) for sel, attribute in zip(S.PUBLISHED_MICRODATA, ("datetime", "content"))
                     for el in sel(page.index) if not (comments() and inside(el, comments())))
        return _machine_date(itertools.chain(metas, microdata))

    def time_in_post():
        # not a comment's <time>: themes that print the discussion inside the post's element (Twenty Twenty) and
        # print the post's own date as text would give the first comment's time
        return _machine_date(_time_value(el) for sel in S.PUBLISHED_IN_POST for el in sel(page.index, post_root)
                             if not (comments() and inside(el, comments())))

    def time_on_page():
        return _machine_date(_time_value(el) for sel in S.PUBLISHED_IN_POST for el in sel(page.index)
                             if el not in excluded() and not inside(el, excluded()))

    def printed_in_post():
        return printed.first(post_root, set(page.select(S.NOT_POST_DATES_IN_POST)) | comments())

    def none():
        return None

    return [
        (False, machine_on_page),
        (False, lambda: parse_machine_date(ld.published) if ld.published else None),
        (False, time_in_post if post_root is not None else none),
        (True, printed_in_post if post_root is not None else none),
        (False, time_on_page),
        (False, lambda: _machine_date(v for sel in S.PUBLISHED_META_LATE for v in sel(page.index))),
        (True, lambda: printed.first(None, excluded())),
        (False, lambda: date_from_url(page.url) or date_from_url(post_url)),
    ]


def _date_in_a_short_line(page: Page, post_root: etree._Element, lang: str | None) -> PageDate | None:
    """A short line in the post that is (or holds) a date ("Veröffentlicht am 16.08.2019")."""
    skip = set(page.select(S.NOT_POST_DATES_IN_POST))
    for el in post_root.iter(etree.Element):
        if el.tag in ("script", "style") or el in skip:
            continue
        text = " ".join(raw_text(el).split())
        if len(text) <= 160 and any(ch.isdigit() for ch in text):
            found = parse_text_date(clean_inline(date_text(el)), lang)
            if found:
                return found
    return None


# a reading outvoted by this many more sources gives way: a meta left at a first draft's or a re-publication's
# date while the post, its permalink and the printed date agree on another (on the tuning pages of four sites,
# never against the first hit where it was right; one vote more was not enough to tell a time zone's day apart)
_OUTVOTED_BY = 2


def published(page: Page, post_root: etree._Element | None, ld: LinkedData, lang: str | None,
              post_url: str | None = None) -> PageDate | None:
    """When the post was published: the first source that gives a date (metas and JSON-LD, then <time> in the
    post, then dates printed in the post, then the same page-wide, then the permalink), unless the sources agree
    on another day by a clear majority (_OUTVOTED_BY). htmldate is the last vote, and the date when no source
    gives one. Sources are read only while their votes could still change the answer: most pages state their
    date in three places and never pay for a scan of their text or for htmldate, the slowest reading."""
    sources = _published_sources(page, post_root, ld, lang, post_url)
    readings: dict[int, PageDate] = {}
    pending = list(range(len(sources)))
    first = None
    while pending and first is None:
        i = pending.pop(0)
        first = readings[i] = sources[i][1]()
        if first is None:
            del readings[i]
    if first is None:
        return (_date_in_a_short_line(page, post_root, lang) if post_root is not None else None) \
            or published_fallback(page)
    pending.sort(key=lambda i: sources[i][0])  # the cheap readings first: they may settle it
    votes = {first.local_date(): 1}

    def settled() -> bool:
        rival = max((n for day, n in votes.items() if day != first.local_date()), default=0)
        # what the unread sources and htmldate could add to a rival (old or new) cannot outvote the first
        return rival + len(pending) + 1 < votes[first.local_date()] + _OUTVOTED_BY

    while pending and not settled():
        i = pending.pop(0)
        found = sources[i][1]()
        if found is not None and not found.ambiguous:  # 05/08/2019 read by the page's language is no evidence
            readings[i] = found
            votes[found.local_date()] = votes.get(found.local_date(), 0) + 1
    if settled():
        return first
    guess = published_fallback(page)
    if guess is not None:
        readings[len(sources)] = guess
        votes[guess.local_date()] = votes.get(guess.local_date(), 0) + 1
    in_order = [readings[i] for i in sorted(readings)]
    winner = max((d.local_date() for d in in_order), key=lambda day: votes[day])  # the most trusted on a tie
    if votes[winner] < votes[first.local_date()] + _OUTVOTED_BY:
        return first
    return next(d for d in in_order if d.local_date() == winner)


# htmldate's upper bound is fixed here: its default is the clock, and page objects never read it
_HTMLDATE_BOUNDS = {"min_date": "1990-01-01", "max_date": "2100-12-31"}


def published_fallback(page: Page) -> PageDate | None:
    """htmldate's guess (headers, abbr/time elements, date patterns in the text): the date when the WordPress
    reading finds none (pages that are not WordPress posts get here), and one more vote when sources disagree."""
    from htmldate import find_date

    # htmldate reads lxml.html trees only: hand it the page's markup (it parses its own, prunable copy)
    found = find_date(etree.tostring(page.root, encoding="unicode", method="html"), url=page.url, original_date=True, extensive_search=True,
                      outputformat="%Y-%m-%d", **_HTMLDATE_BOUNDS)
    return parse_machine_date(found) if found else None


def modified(page: Page, post_root: etree._Element | None, ld: LinkedData) -> PageDate | None:
    found = _machine_date(v for sel in S.MODIFIED_MACHINE for v in sel(page.index))
    if found:
        return found
    if ld.modified:
        found = parse_machine_date(ld.modified)
        if found:
            return found
    for sel in S.MODIFIED_IN_POST:
        for el in sel(page.index, post_root):
            found = parse_machine_date(el.get("datetime") or el.get("title"))
            if found:
                return found
    return None


# ------------------------------------------------------------------------------------------ taxonomies
# "#Ekonomi": themes print terms as hashtags; the term's name has no "#"
_HASHTAG = re.compile(r"^#\s*(?=[^\W\d_])")


def _term_slug(href: str) -> str:
    return unquote(urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]).lower()


def _term_archive(url: str) -> str:
    """The address a term link's slug hangs under ("https://b.example/category" of ".../category/ekonomi/")."""
    return url.rstrip("/").rsplit("/", 1)[0]


def _terms_shown_elsewhere(page: Page, post_root: etree._Element | None, taxonomy: str, found: set[str]) -> list[str]:
    """Terms the post has but its term links leave out (magazine themes show only a "primary" category): the post's
    element names every term in its classes (post_class(): "category-<slug>", "tag-<slug>"), and a link elsewhere on
    the page (a menu, a breadcrumb) to the same archive as the found links, /<base>/<slug>/, gives the name; a child
    category's address holds its parents' slugs (/category/region-north/housing-north/) and counts too, under a
    base of its own (not where the base is stripped and every address on the site hangs under the root)."""
    if post_root is None:
        return []
    slugs = _post_class_slugs(post_root, taxonomy)
    found_urls = [page.absolute(href) or href for href in found]
    found_slugs = {_term_slug(url) for url in found_urls}
    missing = [slug for slug in slugs if slug not in found_slugs]
    # the archive addresses of the found links whose slug the classes name (proof that the site's term links end in
    # the slug: not so where terms are query parameters, "?category=Living")
    bases = {_term_archive(url) for url in found_urls if "/" in url and _term_slug(url) in slugs}
    if not missing or not bases:
        return []
    names: dict[str, str] = {}
    for a, _ in zip(*page.index.tag_bucket("a")):
        href = page.absolute((a.get("href") or "").strip()) or ""
        slug = _term_slug(href)
        archive = _term_archive(href)
        if slug in missing and slug not in names and any(
                archive == b or (archive.startswith(b + "/") and urlsplit(b).path.strip("/")) for b in bases):
            name = inline_text(a)
            if name and len(name) < 80:
                names[slug] = name
    return [names[slug] for slug in missing if slug in names]


_NAMED_ELSEWHERE = re.compile(r"related|widget|sidebar|recommend|popular|more-", re.I)
# a class token that begins with "categor" (category-links, category-link-news), not microformats' p-category,
# which marks any term, tags too
_CATEGORY_NAMED = re.compile(r"(?:^|\s)categor", re.I)


def _is_category_link(link: etree._Element) -> bool:
    """A link that says it is a category's, whatever its rel: themes print rel="tag" on category links too (Kadence's
    category pills), so a link to WordPress's category archive (/category/…) or one whose own or wrapper's class
    names a category is not a tag. (The other way round, a category link to /tag/… is left alone: sites file
    "categories" under tag archives, and the tuning pages lost categories to that rule.)"""
    parent = link.getparent()
    return "/category/" in urlsplit(link.get("href") or "").path or bool(_CATEGORY_NAMED.search(link.get("class") or "")) \
        or (parent is not None and bool(_CATEGORY_NAMED.search(parent.get("class") or "")))


def _post_class_slugs(post_root: etree._Element | None, taxonomy: str) -> list[str]:
    """The slugs of the terms post_class() names on the post's element ("category-<slug>", "tag-<slug>"), in its
    order."""
    prefix = S.POST_CLASS_TERM_PREFIX[taxonomy]
    classes = (post_root.get("class") or "").lower().split() if post_root is not None else []
    return [c[len(prefix):] for c in classes if c.startswith(prefix)]


def _slug_vouched(href: str, slugs: set[str]) -> bool:
    """Does a term link's slug appear among post_class()'s? Its class holds the slug as sanitize_html_class()
    leaves it: a non-ASCII slug percent-encoded, then stripped of "%" ("samhc3a4llsbygget")."""
    slug = _term_slug(href)
    return slug in slugs or re.sub(r"[^a-z0-9_-]", "", quote(slug, safe="").lower()) in slugs


def _term_of_post(link: etree._Element, post_root: etree._Element, fact_boxes: set, taxonomy: str) -> bool:
    """A term link in a fact box of the post's own element (an <aside> beside the text: date, author, terms; the
    post's tags printed with the tag cloud's class, Jannah's span.tagcloud) that post_class() names among the post's
    terms ("tag-analysdagar" for …/tag/analysdagar/): such a box may also be a column of other links, so its links
    count only when the post's classes vouch for them."""
    if not any(anc in fact_boxes for anc in link.iterancestors()):
        return False
    slug = _term_slug(link.get("href") or "")
    return bool(slug) and slug in _post_class_slugs(post_root, taxonomy)


def terms(page: Page, post_root: etree._Element | None, selectors, url_selectors, metas, *,
          taxonomy: str, exclude_rel: str = "") -> list[str]:
    """Category or tag names linked from the post (first selector with links outside widgets and menus),
    then term-URL links inside the post, else the article:section / article:tag metas.

    Links inside another taxonomy's post-terms block are not this taxonomy's (block themes print rel="tag" on
    category links too), and terms are told apart by URL: two categories may share a name."""
    excluded: set | None = None
    fact_boxes: set = set()
    searches = [(post_root, selectors), (None, selectors)] if post_root is not None else [(None, selectors)]
    if post_root is not None:
        searches.append((post_root, url_selectors))
    for scope, lists in searches:
        for sel in lists:
            # the last resort, any link to a term archive inside the post's element (which may hold a sidebar's list
            # of every category): where post_class() names the post's terms, links it does not name count only when
            # there are no others
            vouched = set(_post_class_slugs(post_root, taxonomy)) if lists is url_selectors and \
                sel.source.startswith("a[href") else None
            names: list[str] = []
            keys: set[str] = set()
            unvouched: dict[str, str] = {}  # key: name, of links post_class() does not name (used if nothing else)
            for a in sel(page.index, scope):
                if exclude_rel and exclude_rel in (a.get("rel") or "").split():
                    continue
                if taxonomy == "post_tag" and _is_category_link(a):
                    continue
                if excluded is None:
                    excluded = set(page.select(S.NOT_POST_TERMS))
                    if post_root is not None:
                        fact_boxes = {el for el in post_root.iterdescendants("aside")
                                      if not _NAMED_ELSEWHERE.search(el.get("class") or "")}
                        fact_boxes.update(el for el in page.select(S.TAG_CLOUDS) if inside(el, {post_root}))
                    excluded.update(el for el in page.select(S.POST_TERMS_BLOCKS)
                                    if f"{S.POST_TERMS_TAXONOMY_PREFIX}{taxonomy}" not in (el.get("class") or "").split())
                if excluded and any(anc in excluded for anc in a.iterancestors()) and not (
                        fact_boxes and _term_of_post(a, post_root, fact_boxes, taxonomy)):
                    continue
                name = _HASHTAG.sub("", inline_text(a) or "")
                key = (a.get("href") or "").strip() or name
                if name and len(name) < 80 and key not in keys:
                    if vouched and not _slug_vouched(page.absolute(a.get("href") or "") or "", vouched):
                        unvouched.setdefault(key, name)
                        continue
                    keys.add(key)
                    names.append(name)
            if not names and unvouched:
                names, keys = list(unvouched.values()), set(unvouched)
            if names:
                return names + _terms_shown_elsewhere(page, post_root, taxonomy, keys)
    out: list[str] = []
    for sel in metas:
        for v in sel(page.index):
            v = clean_inline(str(v))
            if v and v not in out:
                out.append(v)
    return out


