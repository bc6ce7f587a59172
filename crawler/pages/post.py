"""Page object for a WordPress post's permalink page: the post, its comments and its comment form.

`extract_post_page(html, url)` is a pure function of the page's bytes (or text) and its URL: no Scrapy, no I/O,
no clock. Fields the page does not state are None; `site`, `source` and `fetched_at` are the spider's to fill.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin

from lxml import etree

from crawler.items import CommentFormItem, CommentItem, PostItem
from crawler.pages import selectors as S
from crawler.pages.comment_form import extract_comment_form
from crawler.pages.comments import comment_page_urls, extract_comments
from crawler.pages.content import Body, body_html, body_text, clean_body, locate_body
from crawler.pages.dates import PageDate, date_from_url, parse_machine_date, parse_text_date
from crawler.pages.document import Page
from crawler.pages.text import clean_inline, element_text, inline_text


@dataclass
class PostPage:
    """Everything one post page says. `post` is None when the page is not a single post (listing, 404, …)."""

    post: PostItem | None
    comments: list[CommentItem] = field(default_factory=list)
    comment_form: CommentFormItem = field(default_factory=CommentFormItem)
    comment_page_urls: list[str] = field(default_factory=list)
    language: str | None = None


@dataclass
class PageReading:
    """The full reading of a page, post or not (what `extract_post_page` and the corpus adapter build on)."""

    page: PostPage
    post: PostItem  # always filled, even when the page is not a single post (then `page.post` is None)
    is_single_post: bool
    comments: list[CommentItem]  # always filled
    published: PageDate | None
    modified: PageDate | None
    comment_dates: list[PageDate | None]
    body_method: str


# ------------------------------------------------------------------------------------------ page kind
def _body_classes(page: Page) -> list[str]:
    value = page.first_value(S.BODY_CLASS)
    return value.split() if value else []


def _is_single_post(page: Page, body_classes: list[str], post_root: etree._Element | None,
                    has_comment_form: bool) -> bool:
    classes = set(body_classes)
    static_front_page = "home" in classes and "page" in classes and "blog" not in classes
    if classes & S.LISTING_BODY_CLASSES and not (classes & {"single", "single-post"} or static_front_page):
        return False
    if classes & S.SINGLE_BODY_CLASSES or any(S.BODY_POSTID_CLASS.match(c) for c in classes):
        return True
    # themes without body_class(): several entries make a listing; one post root or post metadata a post
    if len(page.select(S.LISTING_ENTRIES)) > 1 and not has_comment_form:
        return False
    return bool(page.first_value(S.PUBLISHED_MACHINE)) or has_comment_form or post_root is not None


# ------------------------------------------------------------------------------------------ ids, urls
def _post_id(page: Page, body_classes: list[str]) -> int | None:
    for c in body_classes:
        m = S.BODY_POSTID_CLASS.match(c)
        if m:
            return int(m.group(1))
    for sel in S.POST_ID_VALUES:
        for value in sel(page.index):
            for pat in S.POST_ID_PATTERNS:
                found = pat.search(str(value).strip())
                if found:
                    return int(found.group(1))
    return None


_COMMENT_PAGE_SUFFIX = re.compile(r"comment-page-\d+/?$")


def _post_url(page: Page) -> str | None:
    canonical = page.first_value(S.CANONICAL)
    url = page.url
    value = urljoin(url, canonical) if canonical and url else canonical or url
    if not value:
        return None
    value = urldefrag(value)[0]
    return _COMMENT_PAGE_SUFFIX.sub("", value)


def _post_root(page: Page, post_id: int | None) -> etree._Element | None:
    if post_id is not None:
        found = page.by_id(f"post-{post_id}")
        if found is not None and found.tag != "body":
            return found
    for sel in S.POST_ROOT:
        for hit in sel(page.index):
            if len("".join(hit.itertext()).strip()) >= 150:
                return hit
    return None


def _language(page: Page) -> str | None:
    value = page.first_value(S.HTML_LANG)
    if not value:
        return None
    primary = re.split(r"[-_]", value.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


# ------------------------------------------------------------------------------------------ JSON-LD
_ARTICLE_TYPES = ("article", "posting", "blogposting", "newsarticle", "report", "review")


def _json_ld_objects(page: Page) -> list[dict]:
    out: list[dict] = []
    for raw in page.first_hit(S.JSON_LD):
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
class _LinkedData:
    published: str | None = None
    modified: str | None = None
    author: str | None = None
    headline: str | None = None


def _linked_data(page: Page) -> _LinkedData:
    objs = _json_ld_objects(page)
    if not objs:
        return _LinkedData()
    by_id = {o.get("@id"): o for o in objs if isinstance(o.get("@id"), str)}
    articles = [o for o in objs if any(t.endswith(_ARTICLE_TYPES) for t in _types(o))]
    pages = [o for o in objs if any(t in ("webpage", "itempage") for t in _types(o))]
    ld = _LinkedData()
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
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»«:/]|::|//|\\\\)\s+")


def _norm(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def _site_name(page: Page) -> str | None:
    name = page.first_value(S.SITE_NAME)
    if name:
        return clean_inline(name)
    for sel in S.SITE_NAME_ELEMENTS:
        for el in sel(page.index):
            text = inline_text(el)
            if text:
                return text
    return None


def _strip_site_name(title: str, site: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title.strip()
    if site:
        s = _norm(site)
        kept = [p for p in parts if _norm(p) != s and not (s and _norm(p) in s and len(_norm(p)) > 3)]
        if kept and len(kept) < len(parts):
            # rejoin with the original separators between the kept parts
            start = title.find(kept[0])
            end = title.rfind(kept[-1]) + len(kept[-1])
            return title[start:end].strip() if start >= 0 and end > start else kept[0]
    return max(parts, key=len).strip()


def _title(page: Page, post_root: etree._Element | None, ld: _LinkedData) -> str | None:
    metas = [m for m in (clean_inline(v) for sel in S.TITLE_META for v in sel(page.index)) if m]
    site = _site_name(page)

    def plausible(text: str) -> bool:
        t = _norm(text)
        if not t or (site and t == _norm(site)):
            return False
        return not metas or any(t in _norm(m) or _norm(m) in t for m in metas)

    if post_root is not None:
        for sel in S.TITLE_IN_POST:
            for el in sel(page.index, post_root):
                text = inline_text(el)
                if text and (plausible(text) or len(text) > 10):
                    return text
    for sel in S.TITLE_IN_PAGE:
        for el in sel(page.index):
            text = inline_text(el)
            if text and plausible(text):
                return text
    for el in page.select(S.HEADINGS):
        text = inline_text(el)
        if text and len(text) > 3 and plausible(text):
            return text
    if ld.headline:
        return clean_inline(ld.headline)
    if metas:
        return _strip_site_name(metas[0], site)
    for el in page.select(S.HEADINGS):
        text = inline_text(el)
        if text:
            return text
    return None


# ------------------------------------------------------------------------------------------ author
_BY_PREFIX = re.compile(
    r"^(?:posted|written|published|geschrieben|veröffentlicht|verfasst|publicerad|skriven|publié|écrit|"
    r"publicado|escrito|pubblicato|scritto|gepost|geschreven)?\s*"
    r"(?:by|von|av|par|por|di|da|door|af|przez|autor(?:in)?|author|auteur|författare)\s*:?\s+",
    re.I,
)


def _clean_author(value: str | None) -> str | None:
    value = clean_inline(value)
    if not value:
        return None
    value = _BY_PREFIX.sub("", value).strip(" ,|·-–")
    if not value or len(value) > 80 or value.startswith(("http://", "https://")):
        return None
    return value


def _author(page: Page, post_root: etree._Element | None, ld: _LinkedData) -> str | None:
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
    return None


# ------------------------------------------------------------------------------------------ dates
def _machine_date(values) -> PageDate | None:
    for v in values:
        found = parse_machine_date(str(v))
        if found:
            return found
    return None


def _published(page: Page, post_root: etree._Element | None, ld: _LinkedData, lang: str | None) -> PageDate | None:
    found = _machine_date(v for sel in S.PUBLISHED_MACHINE for v in sel(page.index))
    if found:
        return found
    if ld.published:
        found = parse_machine_date(ld.published)
        if found:
            return found
    scopes = [post_root, None] if post_root is not None else [None]
    for scope in scopes:
        for sel in S.PUBLISHED_IN_POST:
            for el in sel(page.index, scope):
                found = parse_machine_date(el.get("datetime") or el.get("title") or el.get("content"))
                if found:
                    return found
    found = _machine_date(v for sel in S.PUBLISHED_META_LATE for v in sel(page.index))
    if found:
        return found
    for scope in scopes:
        for sel in S.DATE_TEXT_IN_POST:
            for el in sel(page.index, scope)[:3]:
                found = parse_text_date(inline_text(el), lang)
                if found:
                    return found
    for sel in S.DATE_TEXT_IN_PAGE:
        for el in sel(page.index)[:2]:
            found = parse_text_date(inline_text(el), lang)
            if found:
                return found
    return date_from_url(page.url)


def _modified(page: Page, post_root: etree._Element | None, ld: _LinkedData) -> PageDate | None:
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
def _terms(page: Page, post_root: etree._Element | None, selectors, metas, *, exclude_rel: str = "") -> list[str]:
    excluded = set(page.select(S.NOT_POST_TERMS))
    scopes = [post_root, None] if post_root is not None else [None]
    for scope in scopes:
        for sel in selectors:
            names: list[str] = []
            for a in sel(page.index, scope):
                if exclude_rel and exclude_rel in (a.get("rel") or "").split():
                    continue
                if excluded and any(anc in excluded for anc in a.iterancestors()):
                    continue
                name = inline_text(a)
                if name and len(name) < 80 and name not in names:
                    names.append(name)
            if names:
                return names
    out: list[str] = []
    for sel in metas:
        for v in sel(page.index):
            v = clean_inline(str(v))
            if v and v not in out:
                out.append(v)
    return out


# ------------------------------------------------------------------------------------------ the page
def read_page(html: bytes | str, url: str | None = None) -> PageReading | None:
    """Read everything from a page (None when it is empty or not HTML)."""
    page = Page.parse(html, url)
    if page is None:
        return None
    body_classes = _body_classes(page)
    lang = _language(page)
    post_id = _post_id(page, body_classes)
    post_root = _post_root(page, post_id)
    ld = _linked_data(page)

    # comments and the form first: reading the body removes nodes from the tree
    comments_with_dates = extract_comments(page, lang)
    form = extract_comment_form(page)
    pages = comment_page_urls(page)

    title = _title(page, post_root, ld)
    post = PostItem(
        post_url=_post_url(page),
        wp_post_id=post_id,
        title=title,
        author=_author(page, post_root, ld),
        categories=_terms(page, post_root, S.CATEGORY_LINKS, S.CATEGORY_META),
        tags=_terms(page, post_root, S.TAG_LINKS, S.TAG_META, exclude_rel="category"),
        language=lang,
        is_protected=bool(page.select(S.PASSWORD_FORM, post_root)) or "post-password-required" in body_classes,
    )
    published = _published(page, post_root, ld, lang)
    modified = _modified(page, post_root, ld)
    post.published_at = published.utc_iso() if published else None
    post.modified_at = modified.utc_iso() if modified else None
    is_single = _is_single_post(page, body_classes, post_root, form.is_present)
    wordpress = bool(body_classes) or post_id is not None or form.is_present
    if form.is_present and form.is_open:
        post.comment_status = "open"
    elif wordpress and not post.is_protected:
        post.comment_status = "closed"
    comments = [c for c, _ in comments_with_dates]
    post.comment_count = _comment_count(page, comments, pages)

    body: Body = locate_body(page, post_root)
    clean_body(page, body.elements, title)
    post.body_html = body_html(body.elements) or None
    post.body_text = body_text(page, body.elements) or None

    for item in [form, *comments]:
        item.post_url = post.post_url
        item.wp_post_id = post_id
    result = PostPage(post=post if is_single else None, comments=comments if is_single else [],
                      comment_form=form, comment_page_urls=pages if is_single else [], language=lang)
    return PageReading(page=result, post=post, is_single_post=is_single, comments=comments,
                       published=published, modified=modified,
                       comment_dates=[d for _, d in comments_with_dates], body_method=body.method)


_COUNT = re.compile(r"\d[\d.,\s]*")


def _comment_count(page: Page, comments: list[CommentItem], pages: list[str]) -> int | None:
    heading = page.first_hit(S.COMMENTS_TITLE)
    if heading:
        m = _COUNT.search(element_text(heading[0]))
        if m:
            digits = re.sub(r"\D", "", m.group(0))
            if digits:
                return int(digits)
    if comments and not pages:
        return len(comments)
    return None


def extract_post_page(html: bytes | str, url: str | None = None) -> PostPage:
    """The post, its comments, its comment form and its other comment pages, from one page's bytes and URL."""
    reading = read_page(html, url)
    if reading is None:
        return PostPage(post=None)
    return reading.page
