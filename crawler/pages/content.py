"""Find a page's main text: the post's content element by selector, else a readability-style text-density score.

Reading the body is the last step on a page: cleaning removes nodes from the tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from crawler.pages import selectors as S
from crawler.pages.document import Page, drop
from crawler.pages.text import element_text, is_hidden

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
# readability retries without its "unlikely candidate" filter when the first pass finds this little text
_RETRY_BELOW_CHARS = 250


@dataclass
class Body:
    """The post's content: the element(s) it spans and how they were found."""

    elements: list[etree._Element]
    method: str  # "selector:<css>" | "generic" | "none"


def _text_len(el: etree._Element) -> int:
    return len("".join(el.itertext()).strip())


def _inside(el: etree._Element, areas: set) -> bool:
    return any(anc in areas for anc in el.iterancestors())


def locate_body(page: Page, post_root: etree._Element | None) -> Body:
    """The post's content element: BODY selectors (in the post root, then the page), else generic scoring."""
    areas = set(page.select(S.NOT_BODY_AREAS))
    fallback: tuple[int, list[etree._Element], str] | None = None
    scopes = [post_root, None] if post_root is not None else [None]
    for scope in scopes:
        for sel in S.BODY:
            hits = [h for h in sel(page.index, scope) if h not in areas and not _inside(h, areas)]
            if not hits:
                continue
            chosen = _same_kind_hits(hits)
            n = sum(_text_len(h) for h in chosen)
            if n >= MIN_BODY_CHARS:
                return Body(_with_lead(page, chosen, post_root, areas), f"selector:{sel.source}")
            if n and (fallback is None or n > fallback[0]):
                fallback = (n, chosen, sel.source)
    generic = generic_body(page.root)
    if generic and (fallback is None or sum(_text_len(e) for e in generic) > fallback[0]):
        return Body(generic, "generic")
    if fallback is not None:
        return Body(_with_lead(page, fallback[1], post_root, areas), f"selector:{fallback[2]}")
    return Body([], "none")


def _signature(el: etree._Element) -> tuple:
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    return (el.get("class"), parent.tag if parent is not None else None,
            parent.get("class") if parent is not None else None, grand)


def _same_kind_hits(hits: list[etree._Element]) -> list[etree._Element]:
    """The hit with most text, plus hits that are built the same way around it (a post split in sections or
    slides), never nested in one another; other hits (excerpts of other posts) are dropped."""
    lengths = {h: _text_len(h) for h in hits}
    best = max(hits, key=lengths.__getitem__)
    if len(hits) == 1:
        return [best]
    sig = _signature(best)
    chosen = []
    for h in hits:
        if h is best or (_signature(h) == sig and lengths[h] > 0):
            if any(c in h.iterancestors() for c in chosen) or (h is not best and best in h.iterancestors()):
                continue
            chosen = [c for c in chosen if h not in c.iterancestors()]
            chosen.append(h)
    return chosen


def _with_lead(page: Page, body: list[etree._Element], post_root: etree._Element | None,
               areas: set) -> list[etree._Element]:
    """Prepend a lead / standfirst / excerpt printed above the content element, if there is one."""
    first = body[0]
    start = page.index.order.get(first)
    if start is None:
        return body
    scope = post_root if post_root is not None and post_root not in first.iterancestors() and post_root is not first \
        else None
    container = post_root if scope is None and post_root is not None else None
    if container is None:
        container = next((a for a in first.iterancestors() if a.tag in ("article", "main")), None)
    if container is None:
        return body
    lo, _ = page.index.span(container)
    body_text_norm = " ".join("".join(first.itertext()).split())
    best = None
    for name, (els, positions) in page.index.by_class.items():
        if not S.LEAD_CLASS.search(name):
            continue
        for el, pos in zip(els, positions):
            if pos <= lo or pos >= start or el in areas or _inside(el, areas):
                continue
            if first in el.iterancestors() or el in first.iterancestors():
                continue
            text = " ".join("".join(el.itertext()).split())
            if not 40 <= len(text) <= 1500 or text in body_text_norm or link_density(el, len(text)) > 0.3:
                continue
            if best is None or pos < page.index.order[best]:
                best = el
    if best is None:
        return body
    # a lead nested in another lead-like block: keep the outermost once
    return [best, *body]


# ------------------------------------------------------------------------------------------- generic
def _class_weight(el: etree._Element) -> float:
    weight = 0.0
    for attr in (el.get("class"), el.get("id")):
        if attr:
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
    links = sum(len("".join(a.itertext()).strip()) for a in el.iter("a"))
    return min(1.0, links / total)


def _unlikely(el: etree._Element) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    if not names or el.tag in ("body", "html", "article", "main", "a"):
        return False
    return bool(S.UNLIKELY_CANDIDATE.search(names)) and not S.MAYBE_CANDIDATE.search(names)


def _own_text(el: etree._Element) -> str:
    """Text directly in the element (its text and its inline children), not in nested blocks."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCK_CHILD:
            parts.append("".join(child.itertext()))
        else:
            parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts).strip()


def generic_body(root: etree._Element) -> list[etree._Element]:
    """Readability's scoring (Arc90 / Mozilla): paragraphs vote for their parent and grandparents."""
    body = root.find("body")
    if body is None:
        return []
    found = _score_and_pick(body, strip_unlikely=True)
    if sum(_text_len(e) for e in found) < _RETRY_BELOW_CHARS:
        retry = _score_and_pick(body, strip_unlikely=False)
        if sum(_text_len(e) for e in retry) > sum(_text_len(e) for e in found):
            found = retry
    return found


def _score_and_pick(body: etree._Element, strip_unlikely: bool) -> list[etree._Element]:
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
            text = "".join(el.itertext()).strip()
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
            if anc.tag == "html" or level >= 5:
                break
            if anc not in scores:
                scores[anc] = _base_score(anc)
            scores[anc] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            level += 1
    ranked = [(sc * (1.0 - link_density(el)), el) for el, sc in scores.items() if el.tag not in _NEVER_CANDIDATE]
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
        while parent is not None and parent.tag not in ("body", "html"):
            if sum(1 for anc in ancestor_sets if parent in anc) >= 3:
                top = parent
                top_score = max(top_score, adjusted.get(parent, top_score))
                break
            parent = parent.getparent()
    # climb while the parent scores better (its children's bonus makes it the real container)
    last = top_score
    threshold_up = top_score / 3
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
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
    while parent is not None and parent.tag not in ("body", "html") and \
            sum(1 for c in parent if isinstance(c.tag, str)) == 1:
        top = parent
        parent = top.getparent()
    # siblings that look like part of the article
    threshold = max(10.0, top_score * 0.2)
    parent = top.getparent()
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
            text = "".join(sib.itertext()).strip()
            ld = link_density(sib, len(text))
            if (len(text) > 80 and ld < 0.25) or (0 < len(text) <= 80 and ld == 0 and text.endswith((".", "!", "?"))):
                out.append(sib)
    return out


# ------------------------------------------------------------------------------------------- cleaning
def clean_body(page: Page, elements: list[etree._Element], title: str | None) -> None:
    """Remove sharing, related posts, author boxes, meta lines, forms and link lists from the body, in place."""
    for root in elements:
        for node in S.BODY_NOISE(page.index, root):
            if node is not root:
                drop(node)
        minor = S.BODY_NOISE_IF_MINOR(page.index, root)
        if minor:
            total = _text_len(root)
            for node in minor:
                if node is not root and _text_len(node) < 0.5 * total:
                    drop(node)
        _drop_link_lists(root)
        if title:
            _drop_title_heading(root, title)


def _drop_link_lists(root: etree._Element) -> None:
    """Lists and blocks that are mostly links (related posts, tag lists, "more from" boxes)."""
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
        if text_len and link_density(el, text_len) >= 0.75:
            prev = el.getprevious()
            drop(el)
            if prev is not None and prev.tag in ("h2", "h3", "h4", "h5", "h6", "p", "strong") and \
                    _text_len(prev) < 60 and next(prev.iter("img"), None) is None:
                drop(prev)


def _drop_title_heading(root: etree._Element, title: str) -> None:
    wanted = " ".join(title.split()).casefold()
    for h in root.iter("h1", "h2"):
        if " ".join("".join(h.itertext()).split()).casefold() == wanted:
            drop(h)
        break


def body_text(page: Page, elements: list[etree._Element]) -> str:
    """The body's text; image captions and photo credits (BODY_TEXT_SKIP) are left out."""
    out = []
    for e in elements:
        skip = set(S.BODY_TEXT_SKIP(page.index, e))
        t = element_text(e, skip=skip)
        if t:
            out.append(t)
    return "\n\n".join(out)


def body_html(elements: list[etree._Element]) -> str:
    parts = []
    for e in elements:
        tail, e.tail = e.tail, None
        parts.append(etree.tostring(e, encoding="unicode", method="html"))
        e.tail = tail
    return "\n".join(parts)
