"""Find a page's main text: the post's content element by selector, else a readability-style text-density score.

Reading the body is the last step on a page: cleaning removes nodes from the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree

from crawler.pages import selectors as S
from crawler.pages.document import Page, drop, inside
from crawler.pages.text import element_text, is_hidden, raw_text

# a selector hit with less text than this is passed over for the next selector (kept as a last resort)
MIN_BODY_CHARS = 200
_SCORED_TAGS = frozenset({"p", "pre", "td", "blockquote"})
_DIV_LIKE = frozenset({"div", "section", "article", "main", "span", "font", "center"})
_BLOCK_CHILD = frozenset({
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "nav", "main", "form", "iframe",
})
_NEVER_CANDIDATE = frozenset({"html", "body", "head", "a", "script", "style", "form"})
_SKIP_SUBTREE = frozenset({"script", "style", "noscript", "nav", "aside", "footer", "header", "template", "svg",
                           "select", "button", "textarea"})
_TOP_CANDIDATES = 25
# readability retries without its "unlikely candidate" filter when the first pass finds this little text
_RETRY_BELOW_CHARS = 250


@dataclass
class Body:
    """The post's content: the element(s) it spans and how they were found."""

    elements: list[etree._Element]
    method: str  # "selector:<css>" | "generic" | "none"
    chars: int = 0  # the content's text length as found, before cleaning (a lead beside it not counted)


def _text_len(el: etree._Element) -> int:
    return len(raw_text(el).strip())


def locate_body(page: Page, post_root: etree._Element | None, post_id: int | None = None) -> Body:
    """The post's content element: BODY selectors (in the post root, then the page), then class-name patterns,
    else generic scoring. Hits inside comments, sidebars or another post's markup are ignored."""
    areas = set(page.select(S.NOT_BODY_AREAS))
    if post_root is not None and areas:
        # an "area" holding the post's own element is the page's main column, not an aside (Blogger prints
        # the post inside a widget of its layout, div.widget.Blog)
        areas.difference_update(post_root.iterancestors())
    if post_id is not None:
        areas.update(_other_posts(page, post_id))
    fallback: tuple[int, list[etree._Element], str] | None = None
    empty_core: Body | None = None
    # the post's own element first: with the content classes of WordPress core and its themes, any text counts
    # there (a photo post has one line); elsewhere a hit needs MIN_BODY_CHARS, as teasers share class names
    searches = ([(post_root, S.BODY_CORE, True), (post_root, S.BODY, False), (post_root, S.BODY_IN_POST, False)]
                if post_root is not None else [])
    searches.append((None, S.BODY, False))
    for scope, selectors, relaxed in searches:
        if selectors is S.BODY_IN_POST and not _one_text_item(page):
            continue  # counted only here: most pages are done before
        for sel in selectors:
            hits = [h for h in sel(page.index, scope) if h not in areas and not inside(h, areas)]
            if not hits:
                continue
            chosen = _same_kind_hits(hits)
            n = sum(_text_len(h) for h in chosen)
            enough = n > 0 if relaxed else n >= MIN_BODY_CHARS
            if enough and _mostly_text(chosen, n):
                return Body(_with_lead(page, chosen, areas, post_root), f"selector:{sel.source}", n)
            if relaxed and not n and post_id is not None and empty_core is None:
                empty_core = Body(chosen, f"selector:{sel.source}", 0)
            if n and (fallback is None or n > fallback[0]):
                fallback = (n, chosen, sel.source)
        if empty_core is not None:
            # WordPress's own content element of the post holds no words (a post of a picture, a gallery, a film,
            # or only a title) and none of its other content classes does: the body is empty, not the page's chrome
            return empty_core
    pattern_hits = _pattern_hits(page, post_root, areas)
    if pattern_hits:
        chosen = _same_kind_hits(pattern_hits)
        n = sum(_text_len(h) for h in chosen)
        if n >= MIN_BODY_CHARS and _mostly_text(chosen, n):
            return Body(_with_lead(page, chosen, areas, post_root), "pattern", n)
    # the post's own element, when there is one, bounds the scoring: on pages that print several posts in
    # full (infinite scroll, "next article" modules) or a welcome box beside the post, the page-wide winner
    # can be another post or the box with it
    generic = generic_body(page.root, post_root) if post_root is not None else []
    short = sum(_text_len(e) for e in generic) < MIN_BODY_CHARS
    if post_id is not None and post_root is not None and (short or post_root in generic):
        holder = _paragraphs_holder(post_root, areas)
        if holder is not None:
            return Body(_with_lead(page, [holder], areas, post_root), "paragraphs", _text_len(holder))
    if short:
        # page-wide, paragraph scores can crown the comment form or a sidebar box when the post is a line or two
        generic = [e for e in generic_body(page.root) if e not in areas and not inside(e, areas)]
    generic_chars = sum(_text_len(e) for e in generic)
    if generic and (fallback is None or generic_chars > fallback[0]):
        return Body(_with_lead(page, generic, areas, post_root), "generic", generic_chars)
    if fallback is not None:
        return Body(_with_lead(page, fallback[1], areas, post_root), f"selector:{fallback[2]}", fallback[0])
    return Body([], "none")


# where a post's element keeps what is not its text: the title and by-line, the terms and share links, an author card
_NOT_TEXT_TAGS = frozenset({"header", "footer", "aside", "nav", "form", "h1", "h2"})


def _paragraphs_holder(post_root: etree._Element, areas: set) -> etree._Element | None:
    """The element inside WordPress's own element for the post (id="post-N") that holds all its paragraphs: the
    content of a short post (a line or two) on a theme whose content class is unknown, where paragraph scoring
    has too little to weigh and picks the post's whole element with its by-line, or a sidebar. None when the
    paragraphs have no common holder below the post's element."""
    holder: etree._Element | None = None
    for p in post_root.iter("p"):
        if not raw_text(p).strip() or inside(p, areas):
            continue
        if any(a.tag in _NOT_TEXT_TAGS for a in _ancestors_below(p, post_root)):
            continue
        if holder is None:
            holder = p.getparent()
        while holder is not None and holder is not post_root and holder not in p.iterancestors():
            holder = holder.getparent()
        if holder is None or holder is post_root:
            return None
    if holder is None or not _mostly_text([holder], _text_len(holder)):
        return None
    return holder


def _ancestors_below(el: etree._Element, root: etree._Element) -> Iterator[etree._Element]:
    """el's ancestors up to, not including, root."""
    for a in el.iterancestors():
        if a is root:
            return
        yield a


def _mostly_text(elements: list[etree._Element], total: int) -> bool:
    """A content container is not a list of links (a teaser box that borrowed a content class name)."""
    links = sum(len(raw_text(a).strip()) for e in elements for a in e.iter("a"))
    return links < 0.8 * total


def _other_posts(page: Page, post_id: int) -> list[etree._Element]:
    """Elements post_class() marks as other posts (related-posts and blog modules on a single post's page).

    A page-builder template that wraps the whole page carries its own post-N class: an "other post" holding
    a large share of the page's text is a wrapper, not another post, and is kept."""
    out = []
    page_len = None
    for name, (els, _) in page.index.by_class.items():
        m = S.POST_CLASS_ID.match(name) if name.startswith("post-") else None
        if m and int(m.group(1)) != post_id:
            for el in els:
                if page_len is None:
                    body = page.root.find("body")
                    page_len = _text_len(body) if body is not None else 0
                if _text_len(el) < 0.3 * page_len:
                    out.append(el)
    return out


def _pattern_hits(page: Page, post_root: etree._Element | None, areas: set) -> list[etree._Element]:
    """Elements whose class names look like a content container (BODY_CLASS_PATTERN), post root first."""
    hits = [el for _, el in page.index.names_matching(S.BODY_CLASS_PATTERN)
            if el.tag in ("div", "section", "article", "main") and el not in areas and not inside(el, areas)]
    if hits and post_root is not None:
        in_post = [h for h in hits if h is post_root or post_root in h.iterancestors()]
        if in_post:
            return in_post
    return hits


def _one_text_item(page: Page) -> bool:
    """One [itemprop=text] on the page besides the comments': the post's text. Page builders print one per text
    block (Enfold's textblocks are each a BlogPosting), and the post's element is then only the first block."""
    threads = set(page.select(S.COMMENT_THREADS)) | set(page.select(S.COMMENT_ITEMS_BY_MICRODATA))
    hits = [h for h in page.select(S.TEXT_ITEMS) if h not in threads and not inside(h, threads)]
    return len(hits) == 1


def _signature(el: etree._Element) -> tuple:
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    first_class = ((parent.get("class") or "").split() or [None])[0] if parent is not None else None
    return (el.get("class"), parent.tag if parent is not None else None, first_class,
            grand.tag if grand is not None else None)


def _same_kind_hits(hits: list[etree._Element]) -> list[etree._Element]:
    """The hit with most text, plus hits that are built the same way around it (a post split in sections or
    slides), never nested in one another; other hits (excerpts of other posts) are dropped."""
    lengths = {h: _text_len(h) for h in hits}
    best = max(hits, key=lengths.__getitem__)
    if len(hits) == 1:
        return [best]
    sig = _signature(best)
    chosen: list[etree._Element] = []
    for h in hits:
        if h is not best and (_signature(h) != sig or not lengths[h]):
            continue
        if any(c in h.iterancestors() for c in chosen) or (h is not best and best in h.iterancestors()):
            continue
        chosen = [c for c in chosen if h not in c.iterancestors()]
        chosen.append(h)
    return chosen


def _with_lead(page: Page, body: list[etree._Element], areas: set,
               post_root: etree._Element | None = None) -> list[etree._Element]:
    """Prepend the lead / standfirst / excerpt printed above the content element, if there is one: the
    nearest preceding element with a lead-like class that shares an ancestor below <body> with the content,
    else a paragraph above the content that repeats the page's description (see _described_lead)."""
    first = body[0]
    start = page.index.order.get(first)
    if start is None:
        return body
    body_ancestors = {a for a in first.iterancestors() if a.tag not in ("body", "html")}
    body_text_norm: str | None = None
    best: etree._Element | None = None
    for pos, el in page.index.names_matching(S.LEAD_CLASS) if body_ancestors else ():
        if pos >= start:
            break
        if el in areas or el in body_ancestors or inside(el, areas):
            continue
        if not any(a in body_ancestors for a in el.iterancestors()):
            continue
        text = " ".join(raw_text(el).split())
        if not 30 <= len(text) <= 1500 or link_density(el, len(text)) > 0.3:
            continue
        if any(isinstance(sib.tag, str) and (sib.tag == "h1" or next(sib.iter("h1"), None) is not None)
               for sib in el.itersiblings()):
            continue  # above the title: a kicker ("Corona-Tests weiterhin positiv"), not a lead
        if body_text_norm is None:
            body_text_norm = " ".join(raw_text(first).split())
        if text in body_text_norm:
            continue
        best = el  # document order: the last one before the content is the nearest
    if best is None:
        best = _described_lead(page, first, start, body_ancestors, areas, post_root)
    body = [best, *body] if best is not None else body
    return _with_details(page, body, areas, post_root)


def _with_details(page: Page, body: list[etree._Element], areas: set,
                  post_root: etree._Element | None) -> list[etree._Element]:
    """Add the event details an event post prints beside its content (schema.org/Event microdata, The Events
    Calendar's meta block: when, where, the address), in document order: without them an event post loses
    its date and place. Only inside the post's own element, never overlapping the content."""
    if post_root is None:
        return body
    found = page.first_hit(S.POST_DETAILS, post_root)
    if not found:
        return body
    details = found[0]
    if details in areas or inside(details, areas):
        return body
    for el in body:
        if el is details or details in el.iterancestors() or el in details.iterancestors():
            return body
    text_len = _text_len(details)
    if not 0 < text_len <= 1500 or link_density(details, text_len) > 0.5:
        return body
    order = page.index.order
    return sorted([*body, details], key=lambda e: order.get(e, 0))


def _described_lead(page: Page, first: etree._Element, start: int, body_ancestors: set, areas: set,
                    post_root: etree._Element | None) -> etree._Element | None:
    """A paragraph above the content whose text is the page's description (og:description, which WordPress SEO
    plugins fill with the post's excerpt): the standfirst a theme prints under the title, outside the content
    element (in a hero header, say). It must belong to the post (inside the post's element, or sharing an
    ancestor below <body> with the content) and not repeat the content's text."""
    description = page.first_value(S.DESCRIPTION_META)
    if not description:
        return None
    wanted = " ".join(description.split())
    if not 40 <= len(wanted) <= 1500:
        return None
    els, positions = page.index.tag_bucket("p")
    for el, pos in zip(els, positions):
        if pos >= start:
            return None
        if " ".join(raw_text(el).split()) != wanted or el in areas or inside(el, areas):
            continue
        ancestors = set(el.iterancestors())
        if not (post_root is not None and post_root in ancestors) and not (ancestors & body_ancestors):
            continue
        if wanted in " ".join(raw_text(first).split()):
            return None
        return el
    return None


# ------------------------------------------------------------------------------------------- generic
def _class_weight(el: etree._Element) -> float:
    return _name_weight(el.get("class")) + _name_weight(el.get("id"))


@lru_cache(maxsize=1 << 14)
def _name_weight(attr: str | None) -> float:
    if not attr:
        return 0.0
    weight = 0.0
    if S.NEGATIVE_NAME.search(attr):
        weight -= 25
    if S.POSITIVE_NAME.search(attr):
        weight += 25
    return weight


def _base_score(el: etree._Element) -> float:
    tag = el.tag
    if tag in ("div", "article", "main", "section"):
        base = 5.0
    elif tag in ("pre", "td", "blockquote"):
        base = 3.0
    elif tag in ("address", "ol", "ul", "dl", "dd", "dt", "li", "form"):
        base = -3.0
    elif tag in ("h1", "h2", "h3", "h4", "h5", "h6", "th"):
        base = -5.0
    else:
        base = 0.0
    return base + _class_weight(el)


def link_density(el: etree._Element, text_len: int | None = None) -> float:
    total = text_len if text_len is not None else _text_len(el)
    if not total:
        return 0.0
    links = sum(len(raw_text(a).strip()) for a in el.iter("a"))
    return min(1.0, links / total)


def _unlikely(el: etree._Element) -> bool:
    if el.tag in ("body", "html", "article", "main", "a"):
        return False
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return False
    return _unlikely_names(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=1 << 14)
def _unlikely_names(names: str) -> bool:
    return bool(S.UNLIKELY_CANDIDATE.search(names)) and not S.MAYBE_CANDIDATE.search(names)


def _own_text(el: etree._Element) -> str:
    """Text directly in the element (its text and its inline children), not in nested blocks."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCK_CHILD:
            parts.append(raw_text(child))
        else:
            parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts).strip()


def generic_body(root: etree._Element, scope: etree._Element | None = None) -> list[etree._Element]:
    """Readability's scoring (Arc90 / Mozilla): paragraphs vote for their parent and grandparents.

    `scope`: score only inside this element (the post's own element) and never pick anything above it."""
    body = scope if scope is not None else root.find("body")
    if body is None:
        return []
    found = _score_and_pick(body, strip_unlikely=True)
    if sum(_text_len(e) for e in found) < _RETRY_BELOW_CHARS:
        retry = _score_and_pick(body, strip_unlikely=False)
        if sum(_text_len(e) for e in retry) > sum(_text_len(e) for e in found):
            found = retry
    return found


def _score_and_pick(body: etree._Element, strip_unlikely: bool) -> list[etree._Element]:
    """`body` bounds the search: <body>, or the post's element (then nothing above it is scored or picked)."""
    outside = body.getparent()  # scores and climbs stop here (for <body>: <html>)
    scores: dict[etree._Element, float] = {}
    skip: set[etree._Element] = set()
    for el in body.iter(etree.Element):
        tag = el.tag
        parent = el.getparent()
        if parent in skip:
            skip.add(el)
            continue
        if tag in _SKIP_SUBTREE or is_hidden(el) or (strip_unlikely and _unlikely(el)):
            skip.add(el)
            continue
        if tag in _SCORED_TAGS:
            text = raw_text(el).strip()
        elif tag in _DIV_LIKE:
            text = _own_text(el)
        else:
            continue
        if len(text) < 25:
            continue
        score = 1.0 + text.count(",") + text.count("，") + min(len(text) / 100.0, 3.0)
        if tag in _DIV_LIKE:  # a div holding text directly is a paragraph and a candidate itself
            scores[el] = scores.get(el, _base_score(el)) + score
        level = 0
        for anc in el.iterancestors():
            if anc is outside or anc.tag == "html" or level >= 5:
                break
            if anc not in scores:
                scores[anc] = _base_score(anc)
            scores[anc] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            level += 1
    # link density only lowers a score: weigh the best raw scores only
    raw = sorted(((sc, el) for el, sc in scores.items() if el.tag not in _NEVER_CANDIDATE),
                 key=lambda t: t[0], reverse=True)[:_TOP_CANDIDATES]
    ranked = [(sc * (1.0 - link_density(el)), el) for sc, el in raw]
    if not ranked:
        return []
    ranked.sort(key=lambda t: t[0], reverse=True)
    top_score, top = ranked[0]
    adjusted = {el: sc for sc, el in ranked}
    # several near-best candidates under one ancestor: the content is split (Readability.js)
    alternatives = [el for sc, el in ranked[1:5] if top_score and sc / top_score >= 0.75]
    if len(alternatives) >= 3:
        ancestor_sets = [set(a.iterancestors()) for a in alternatives]
        parent = top.getparent()
        while parent is not None and parent is not outside and parent.tag not in ("body", "html"):
            if sum(1 for anc in ancestor_sets if parent in anc) >= 3:
                top = parent
                top_score = max(top_score, adjusted.get(parent, top_score))
                break
            parent = parent.getparent()
    # climb while the parent scores better (its children's bonus makes it the real container)
    last = top_score
    threshold_up = top_score / 3
    parent = top.getparent()
    while parent is not None and parent is not outside and parent.tag not in ("body", "html"):
        psc = adjusted.get(parent)
        if psc is None:
            parent = parent.getparent()
            continue
        if psc < threshold_up:
            break
        if psc > last:
            top, top_score = parent, psc
            break
        last = psc
        parent = parent.getparent()
    # an only child: its parent is the container
    parent = top.getparent()
    while parent is not None and parent is not outside and parent.tag not in ("body", "html") and \
            sum(1 for c in parent if isinstance(c.tag, str)) == 1:
        top = parent
        parent = top.getparent()
    # siblings that look like part of the article
    threshold = max(10.0, top_score * 0.2)
    parent = top.getparent() if top is not body else None  # the scope's siblings are outside it
    out: list[etree._Element] = []
    for sib in (parent if parent is not None else [top]):
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            out.append(sib)
            continue
        if sib in skip:
            continue
        bonus = top_score * 0.2 if sib.get("class") and sib.get("class") == top.get("class") else 0.0
        if adjusted.get(sib, -1e9) + bonus >= threshold:
            out.append(sib)
        elif sib.tag == "p":
            text = raw_text(sib).strip()
            ld = link_density(sib, len(text))
            if (len(text) > 80 and ld < 0.25) or (0 < len(text) <= 80 and ld == 0 and text.endswith((".", "!", "?"))):
                out.append(sib)
    return out


# ------------------------------------------------------------------------------------------- cleaning
def clean_body(page: Page, elements: list[etree._Element], title: str | None, guessed: bool = False) -> None:
    """Remove sharing, related posts, author boxes, meta lines, forms and link lists from the body, in place.

    `guessed`: the container came from generic scoring (not a content selector), so blocks with negative
    class names (meta, share, related, …) go too.
    """
    site = _host(page.first_value(S.CANONICAL) or page.url)
    comments = page.ids_matching(S.COMMENT_ELEMENT_ID)
    for root in elements:
        # comments a theme prints inside the element taken for the body (a thread of its own naming under a
        # post without a post element): each is id'd as WordPress addresses it, whatever its classes say
        for node in comments:
            if node is not root and node.getparent() is not None and root in node.iterancestors():
                drop(node)
        for node in S.BODY_NOISE(page.index, root):
            if node is not root:
                drop(node)
        minor = S.BODY_NOISE_IF_MINOR(page.index, root) + _noise_by_name(page, root)
        if minor:
            total = _text_len(root)
            for node in minor:
                if node is not root and node.getparent() is not None and _text_len(node) < 0.5 * total:
                    drop(node)
        sources = _drop_link_lists(root, site)
        _drop_boilerplate_lines(root)
        clean_conditionally(root, strict=guessed, keep=sources)
        if title:
            _drop_title_heading(root, title)
        _drop_from_comments_heading(root)
    if elements:
        _drop_trailing_leftovers(elements[-1], sum(_text_len(e) for e in elements))


_CONDITIONAL_TAGS = ("div", "section", "ul", "ol", "table", "aside", "form", "header", "dl")
_EMBED_TAGS = ("iframe", "object", "embed", "video")


def _is_data_table(table: etree._Element) -> bool:
    """Readability.js's data-table test: a table with headers, a caption or many cells holds content."""
    if table.get("role") == "presentation":
        return False
    if next(table.iter("th", "caption", "thead", "colgroup"), None) is not None or table.get("summary"):
        return True
    rows = [tr for tr in table.iter("tr")]
    cols = max((sum(1 for c in tr if c.tag in ("td", "th")) for tr in rows), default=0)
    return len(rows) >= 10 or cols > 4 or len(rows) * cols > 10


def clean_conditionally(root: etree._Element, strict: bool, keep: list[etree._Element] = ()) -> None:
    """Readability.js's _cleanConditionally: drop blocks that look like boilerplate by their make-up
    (more list items than paragraphs, link-heavy, tiny text between images, a form, an embed with no text).
    Data tables and the blocks in `keep` (lists of off-site sources) are content, and so are their holders."""
    content = [t for t in root.iter("table") if _is_data_table(t)] + [k for k in keep if k.getparent() is not None]
    # a block holding a data table is kept as well (Readability.js: "keep element if it has a data table"):
    # page builders wrap each table in a div of their own whose make-up (images, no <p>) looks thin
    holders = {a for t in content for a in t.iterancestors()}
    # a block holding (nearly) all the body's text wraps it (a page builder's widget container around a one-line
    # post): whatever its make-up, it is the body
    whole = 0.9 * len(raw_text(root).strip())
    # blocks whose class names them the post's content (a content-like container inside the body), with their text
    named = {el: len(raw_text(el).strip()) for el in root.iter(_CONDITIONAL_TAGS) if el is not root and _named_content(el)}
    for el in reversed(list(root.iter(_CONDITIONAL_TAGS))):
        if el is root or el.getparent() is None or el in content or el in holders:
            continue
        if any(a.tag in ("pre", "code") or a in content for a in el.iterancestors()):
            continue
        weight = _class_weight(el)
        if strict and weight < 0:  # negative class names: only when the container itself was guessed
            drop(el)
            continue
        if not S.CORE_TEXT_BLOCKS.isdisjoint((el.get("class") or "").split()):
            continue  # the author's own layout blocks: a column's or a cover's one short line is text a reader sees
        text = raw_text(el)
        if named and _wraps_named_content(el, len(text.strip()), named):
            continue  # BeTheme's div.the_content > div.section_wrapper > div.the_content_wrapper around a one-line post
        if text.count(",") + text.count("，") >= 10:
            continue
        is_list = el.tag in ("ul", "ol", "dl")
        p = sum(1 for _ in el.iter("p"))
        img = sum(1 for _ in el.iter("img"))
        li = sum(1 for _ in el.iter("li")) - 100
        inputs = sum(1 for _ in el.iter("input"))
        embeds = sum(1 for _ in el.iter(_EMBED_TAGS))
        length = len(text.strip())
        if length and length >= whole:
            continue
        density = link_density(el, length)
        in_figure = el.tag == "figure" or any(a.tag == "figure" for a in el.iterancestors())
        if ((img > 1 and p / img < 0.5 and not in_figure)
                or (not is_list and li > p)
                or (inputs > p // 3)
                or (not is_list and length < 25 and (img == 0 or img > 2) and not in_figure
                    and not any(True for _ in el.iter("h1", "h2", "h3", "h4", "h5", "h6")))
                or (not is_list and weight < 25 and density > 0.2)
                or (weight >= 25 and density > 0.5)
                or (embeds == 1 and length < 75) or embeds > 1):
            drop(el)


def _wraps_named_content(el: etree._Element, length: int, named: dict[etree._Element, int]) -> bool:
    """Is el a block named the content, or a wrapper inside one holding all of its text?"""
    for block in (el, *el.iterancestors()):
        if block in named:
            return length >= 0.9 * named[block]
    return False


def _named_content(el: etree._Element) -> bool:
    """Does el's class name it a content container (BODY_CLASS_PATTERN: "entry-content", "the_content", …)?"""
    return any(S.BODY_CLASS_PATTERN.search(c) for c in (el.get("class") or "").split())


def _noise_by_name(page: Page, root: etree._Element) -> list[etree._Element]:
    """Descendants of root whose class or id names say boilerplate (BODY_NOISE_NAME)."""
    found = []
    pattern = S.BODY_NOISE_NAME
    for el in root.iterdescendants(etree.Element):
        cls = el.get("class")
        ident = el.get("id")
        if (cls and any(pattern.search(c) for c in cls.split())) or (ident and pattern.search(ident)):
            found.append(el)
    return found


def _host(url: str | None) -> str | None:
    """A URL's host without "www." (None for relative links); archived copies (web.archive.org/web/<ts>/<url>)
    count as the page they archive."""
    if not url:
        return None
    m = S.ARCHIVED_URL.match(url)
    if m:
        url = m.group(1)
    parts = urlsplit(url.strip())
    host = (parts.hostname or "") if parts.scheme in ("http", "https", "") else ""
    return host.removeprefix("www.") or None


def _off_site_links(el: etree._Element, site: str | None) -> bool:
    """True for a list of descriptive links to other sites (sources, references, recommended products): a
    site's own "related" / "more from" / tag lists link to its own pages, share bars to share end points."""
    if not site:
        return False
    links = external = chars = 0
    for a in el.iter("a"):
        href = a.get("href") or ""
        if S.SHARE_URL.search(href):
            return False
        text = " ".join(raw_text(a).split())
        if S.URL_LIKE.match(text):
            return False  # addresses as link texts: a blogroll or a link dump, not titled sources
        links += 1
        chars += len(text)
        host = _host(href)
        if host and host != site and not host.endswith("." + site) and not site.endswith("." + host):
            external += 1
    return bool(links) and external >= 2 / 3 * links and chars >= 15 * links


def _drop_link_lists(root: etree._Element, site: str | None = None) -> list[etree._Element]:
    """Lists and blocks that are mostly links (related posts, tag lists, "more from" boxes), unless they are
    most of the body (a link-blog post) or link to other sites with descriptive anchors (see _off_site_links);
    `site` is the page's own host. Returns the link blocks kept as lists of sources."""
    total = _text_len(root)
    sources = []
    for el in list(root.iter("ul", "ol", "div", "section", "p", "table")):
        if el is root or el.getparent() is None:
            continue
        anchors = 0
        for _ in el.iter("a"):
            anchors += 1
            if anchors >= 3:
                break
        if anchors < 3:
            continue
        text_len = _text_len(el)
        if text_len and text_len < 0.5 * total and link_density(el, text_len) >= 0.75:
            if _off_site_links(el, site):
                sources.append(el)
                continue
            prev = el.getprevious()
            drop(el)
            if prev is not None and prev.tag in ("h2", "h3", "h4", "h5", "h6", "p", "strong") and \
                    _text_len(prev) < 60 and next(prev.iter("img"), None) is None:
                drop(prev)
    return sources


_LINE_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "div", "li", "span", "strong", "em", "b")
_INLINE_LINE_TAGS = frozenset({"span", "strong", "em", "b"})
_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
                     "section", "pre"})


def _drop_boilerplate_lines(root: etree._Element) -> None:
    """Short lines that begin like site boilerplate ("Schon gelesen?", "Share this", "© 2020 …"), and the link
    list a "read also" lead-in introduces."""
    for el in list(root.iter(_LINE_TAGS)):
        parent = el.getparent()
        if el is root or parent is None:
            continue
        if el.tag in _INLINE_LINE_TAGS and (el.getprevious() is not None or (parent.text or "").strip()):
            continue  # inline elements count only when they open their block ("<p><strong>Mehr…</strong> …")
        if el.tag in ("div", "li") and any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el):
            continue
        raw = raw_text(el)
        if len(raw) > 800:
            continue
        text = " ".join(raw.replace("\xad", "").split())  # soft hyphens would split the words matched
        if not text or len(text) > 500:
            continue
        low = text.lower()
        emphasized = el.tag in ("strong", "b", "em") or (
            len(el) == 1 and el[0].tag in ("strong", "b", "em") and not (el.text or "").strip()
            and not (el[0].tail or "").strip())
        lead_in = len(text) <= (500 if emphasized else 250) and S.BOILERPLATE_LEAD_IN.search(low)
        if lead_in or S.BOILERPLATE_ANYWHERE.search(low) or S.AD_LABEL_LINE.match(low):
            # an inline match stands for its block
            block = el
            while block.tag in ("span", "strong", "em", "b") and block.getparent() is not None \
                    and block.getparent() is not root and \
                    len(" ".join(raw_text(block.getparent()).split())) <= len(text) + 3:
                block = block.getparent()
            nxt = block.getnext()
            drop(block)
            if nxt is not None and nxt.tag in ("ul", "ol") and link_density(nxt) > 0.5:
                drop(nxt)


def _drop_title_heading(root: etree._Element, title: str) -> None:
    wanted = " ".join(title.split()).casefold()
    for h in root.iter("h1", "h2"):
        if " ".join(raw_text(h).split()).casefold() == wanted:
            drop(h)
        break


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TRAILING_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "dd", "blockquote", "section", "td",
                    "figure", "table", "ul", "ol")


def _drop_from_comments_heading(root: etree._Element) -> None:
    """A heading naming the comment section ends the article: it and what follows it in the body go (a theme
    that prints its comment area, or a comments plugin's placeholder, inside the content element), unless that
    would take most of the body."""
    total = None
    for h in root.iter("h2", "h3", "h4"):
        text = " ".join(raw_text(h).split())
        if not text or len(text) > 40 or not S.COMMENTS_HEADING.match(text.lower()):
            continue
        doomed = [h]
        el = h
        while el is not root and el is not None:
            doomed.extend(el.itersiblings())
            el = el.getparent()
        if total is None:
            total = _text_len(root)
        if sum(_text_len(d) for d in doomed) < 0.3 * total:
            for d in doomed:
                drop(d)
        return


def _ends_body(el: etree._Element, root: etree._Element) -> bool:
    """True when no text follows el inside root."""
    node = el
    while node is not root:
        if (node.tail or "").strip():
            return False
        for sib in node.itersiblings():
            if (sib.tail or "").strip() or (isinstance(sib.tag, str) and raw_text(sib).strip()):
                return False
        node = node.getparent()
        if node is None:
            return False
    return True


def _last_block(root: etree._Element) -> tuple[etree._Element, str] | None:
    """The innermost block holding the body's last text, with its text."""
    for el in reversed(list(root.iter(_TRAILING_BLOCKS))):
        if el is root:
            return None
        text = " ".join(raw_text(el).split())
        if text:
            return (el, text) if _ends_body(el, root) else None
    return None


def _drop_trailing_leftovers(root: etree._Element, total: int) -> None:
    """What removed widgets and lists leave at the end of a body: their heading ("Mehr aus dem Channel"), an
    intro line ending in a colon ("Mit diesem Button kannst Du …:"), a lone link or a "read more about it here"
    pointer to another page. A body never ends in a heading of its own; these lines introduce what is gone.
    `root` is the body's last element, `total` the length of the whole body's text."""
    for _ in range(4):
        found = _last_block(root)
        if found is None:
            return
        el, text = found
        if len(text) > 0.3 * total:
            return
        low = text.lower()
        if el.tag in _HEADING_TAGS or (len(text) <= 200 and text.endswith(":")):
            drop(el)
            continue
        anchors = list(el.iter("a"))
        if anchors and len(text) <= 300:
            # a lone titled link to another page is a pointer like "read also" (to the site's own pages or a
            # sister site's); links to files (a programme, a report) and pasted addresses are the author's
            links = [" ".join(raw_text(a).split()) for a in anchors]
            lone_link = el.tag == "p" and len(text) <= 150 and sum(map(len, links)) >= 0.9 * len(text) and \
                not any(S.URL_LIKE.match(t) or S.FILE_URL.search(a.get("href") or "") for t, a in zip(links, anchors))
            if lone_link or S.TRAILING_POINTER.search(low):
                drop(el)
                continue
        return


_BLANK_RUNS = re.compile(r"\n{3,}")


def body_text(page: Page, elements: list[etree._Element]) -> str:
    """The body's text; image captions and photo credits (BODY_TEXT_SKIP_*) are left out."""
    out = []
    for e in elements:
        t = element_text(e, skip_tags=S.BODY_TEXT_SKIP_TAGS, skip_classes=S.BODY_TEXT_SKIP_CLASSES)
        if t:
            out.append(t)
    text = "\n\n".join(out)
    if " on line " in text:  # cheap pre-check: PHP messages are rare
        text = _BLANK_RUNS.sub("\n\n", S.PHP_MESSAGE_LINE.sub("", text)).strip()
    return text


def body_html(elements: list[etree._Element]) -> str:
    parts = []
    for e in elements:
        tail, e.tail = e.tail, None
        parts.append(etree.tostring(e, encoding="unicode", method="html"))
        e.tail = tail
    return "\n".join(parts)


# a second opinion replaces the body only when it is this many times longer
SECOND_OPINION_FACTOR = 2
# cleaning that leaves less than this share of a content element's text says the element was the wrong one
_EATEN_SHARE = 0.3
_CORE_METHODS = frozenset(f"selector:{sel.source}" for sel in S.BODY_CORE)


def wants_second_opinion(method: str, text: str | None, chars_before_cleaning: int, paragraph_chars: int) -> bool:
    """Whether the body read is doubtful enough to ask `second_opinion_text`:
    - a guess (no content element) that is short or holds little of the page's paragraph text: the generic
      reading probably picked a teaser, a caption or a sidebar block;
    - a content element or a guess that cleaning emptied (under a third of its text left): it was a page
      wrapper or a box of teasers whose blocks cleaning rightly judged boilerplate, not the article (a layout
      class, a related-stories box with an article-like class, a product page's columns). Not for WordPress
      core's content classes, whose element is the post's by definition: cleaning there removed plugins' boxes.
    (Asking also when a content element holds under a quarter of the page's <p> text gained on 5 other-tuning
    sites but replaced short real posts, e.g. a one-line photo post, with a page's chrome: not kept.)"""
    length = len(text or "")
    if method in ("generic", "none") and (length < 400 or length < 0.25 * paragraph_chars):
        return True
    return method not in _CORE_METHODS and length < _EATEN_SHARE * chars_before_cleaning


def printed_outside(page: Page, post_root: etree._Element, text: str) -> bool:
    """Whether most of `text` (by characters of its lines) is printed outside the post's element: a second opinion
    that read the related posts, a "more from the blog" box or a footer in place of a short post (the post's element
    is WordPress's own, so what lies outside it is not the post). The tree outside the post's element is as parsed:
    cleaning touches the body inside it only."""
    outside = " ".join(element_text(page.root, skip={post_root}).split())
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    return total > 0 and sum(len(line) for line in lines if line in outside) > 0.5 * total


def second_opinion_text(page: Page, longer_than: int, thorough: bool = True) -> str | None:
    """trafilatura's main text for the page (tables kept, no comments) when it is more than SECOND_OPINION_FACTOR
    times `longer_than` characters (the body read so far), else None. Asked only when `wants_second_opinion`
    says the body read is doubtful — on pages that are not WordPress trafilatura finds the article more often
    than a guess from paragraph scores (bench/bench_extract.py, other-tuning part). Its fast mode first; its
    full mode (with its own fallback extractors, several times slower) only when the fast one finds no more
    than we did: on a company page or a comparison page whose text lies in many small blocks the fast mode
    finds little too. `thorough=False` skips the full mode: on a WordPress page whose post id we know, the body
    read is bounded by the post's own element, and the full mode, which weighs the whole page, returns the
    posts an infinite-scroll page prints after it."""
    import trafilatura  # imported on first use: most pages never need it

    for fast in (True, False) if thorough else (True,):
        text = trafilatura.extract(page.source, url=page.url, fast=fast, include_comments=False,
                                   include_tables=True)
        text = (text or "").strip()
        if len(text) > SECOND_OPINION_FACTOR * longer_than:
            return text
    return None
