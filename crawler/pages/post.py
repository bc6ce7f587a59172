"""Page object for a WordPress post's permalink page: the post, its comments and its comment form.

`extract_post_page(html, url, content_type)` is a pure function of the page's bytes (or text), its URL and its
Content-Type header: no Scrapy, no I/O,
no clock. Fields the page does not state are None; `site`, `source` and `fetched_at` are the spider's to fill.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from crawler.items import CommentFormItem, CommentItem, PostItem
from crawler.pages import selectors as S
from crawler.pages.comment_form import extract_comment_form
from crawler.pages.comments import comment_page_urls, extract_comments
from crawler.pages.content import (
    Body, body_html, body_text, clean_body, locate_body, printed_outside, second_opinion_text, wants_second_opinion,
)
from crawler.pages.dates import PageDate
from crawler.pages.document import Page
from crawler.pages.listing import category_archive_urls
from crawler.pages.metadata import author, linked_data, modified, published, terms, title
from crawler.pages.text import element_text, raw_text


@dataclass
class PostPage:
    """Everything one post page says. `post` is None when the page is not a single post (listing, 404, …)."""

    post: PostItem | None
    comments: list[CommentItem] = field(default_factory=list)
    comment_form: CommentFormItem = field(default_factory=CommentFormItem)
    comment_page_urls: list[str] = field(default_factory=list)
    language: str | None = None
    # "private", "draft", …: the post's element says it is not published (post_class()'s status-<status>), a page
    # rendered for a logged-in editor that a cache served to everyone
    unpublished_status: str | None = None
    # the post's further pages (<!--nextpage-->: wp_link_pages() links …/slug/2/, ?p=N&page=2), in order
    post_part_urls: list[str] = field(default_factory=list)
    # the category archives the page links to, when asked for (a crawl without REST walks them)
    category_urls: list[str] = field(default_factory=list)


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


_UNPUBLISHED = frozenset({"private", "draft", "pending", "future", "trash", "auto-draft", "inherit"})


def _unpublished_status(post_root: etree._Element | None) -> str | None:
    if post_root is None:
        return None
    for c in (post_root.get("class") or "").split():
        if c.startswith("status-") and c[7:] in _UNPUBLISHED:
            return c[7:]
    return None


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


def _other_post(el: etree._Element, post_id: int | None) -> bool:
    """True for an element post_class() marks as a different post (a related-posts or blog module entry)."""
    if post_id is None:
        return False
    for c in (el.get("class") or "").split():
        m = S.POST_CLASS_ID.match(c)
        if m and int(m.group(1)) != post_id:
            return True
    return False


def _post_root(page: Page, post_id: int | None) -> etree._Element | None:
    if post_id is not None:
        found = page.by_id(f"post-{post_id}")
        if found is None:
            tagged = page.index.by_class.get(f"post-{post_id}")
            # several elements may carry the post's class: a card of the post in a menu or a sidebar before its own
            # element (Elementor's mega menu); the post's own element is the one holding the most
            found = max(tagged[0], key=lambda el: _size(page, el)) if tagged else None
        if found is not None and found.tag != "body":
            return found
    threads: set | None = None
    for sel in S.POST_ROOT:
        for hit in sel(page.index):
            if _other_post(hit, post_id) or len(raw_text(hit).strip()) < 150:
                continue
            if threads is None:
                threads = set(page.select(S.COMMENT_THREADS))
            if hit not in threads and not any(a in threads for a in hit.iterancestors()) and not _in_a_comment(hit):
                return hit
    return None


def _size(page: Page, el: etree._Element) -> int:
    """How many elements el holds (its span in document order)."""
    lo, hi = page.index.span(el)
    return hi - lo


def _without_comments(text: str, comments: list[CommentItem]) -> str:
    """text without the lines that are a comment's text or its author's name."""
    said = [" ".join(c.body_text.split()) for c in comments if c.body_text]
    names = {c.author_name for c in comments if c.author_name}
    kept = []
    for line in text.splitlines():
        flat = " ".join(line.split())
        if flat in names or (len(flat) >= 20 and any(flat in t for t in said)):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def _in_a_comment(el: etree._Element) -> bool:
    """Whether el is a comment or lies in one, by the comment's id (S.COMMENT_ELEMENT_ID)."""
    return any(S.COMMENT_ELEMENT_ID.search(e.get("id") or "") for e in (el, *el.iterancestors()))


def _language(page: Page) -> str | None:
    value = page.first_value(S.HTML_LANG)
    if not value:
        return None
    primary = re.split(r"[-_]", value.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


# ------------------------------------------------------------------------------------------ the page
def read_page(html: bytes | str, url: str | None = None, content_type: str | None = None, *,
              category_archives: bool = False) -> PageReading | None:
    """Read everything from a page (None when it is empty or not HTML); `content_type` is the HTTP header.
    `category_archives`: also the category archives it links to (read before the body's cleaning edits the tree)."""
    page = Page.parse(html, url, content_type)
    if page is None:
        return None
    archives = category_archive_urls(page) if category_archives else []
    body_classes = _body_classes(page)
    lang = _language(page)
    post_id = _post_id(page, body_classes)
    post_root = _post_root(page, post_id)
    ld = linked_data(page)

    # comments and the form first: reading the body removes nodes from the tree
    comments_with_dates = extract_comments(page, lang)
    form = extract_comment_form(page)
    post_url = _post_url(page)
    pages = comment_page_urls(page, post_url, has_comments=bool(comments_with_dates))

    is_protected = bool(page.select(S.PASSWORD_FORM, post_root)) or "post-password-required" in body_classes
    post_title = title(page, post_root, ld, protected=is_protected)
    post = PostItem(
        post_url=post_url,
        wp_post_id=post_id,
        title=post_title,
        author=author(page, post_root, ld),
        categories=terms(page, post_root, S.CATEGORY_LINKS, S.CATEGORY_URL_LINKS, S.CATEGORY_META,
                         taxonomy="category"),
        tags=terms(page, post_root, S.TAG_LINKS, S.TAG_URL_LINKS, S.TAG_META, taxonomy="post_tag",
                   exclude_rel="category"),
        language=lang,
        is_protected=is_protected,
    )
    published_date = published(page, post_root, ld, lang, post.post_url)
    modified_date = modified(page, post_root, ld)
    post.published_at = published_date.utc_iso() if published_date else None
    post.modified_at = modified_date.utc_iso() if modified_date else None
    is_single = _is_single_post(page, body_classes, post_root, form.is_present)
    wordpress = bool(body_classes) or post_id is not None or form.is_present
    if form.is_present and form.is_open:
        post.comment_status = "open"
    elif wordpress and not post.is_protected:
        post.comment_status = "closed"
    comments = [c for c, _ in comments_with_dates]
    post.comment_count = _comment_count(page, comments, pages)

    paragraph_chars = sum(len(el.text or "") for el in page.index.tag_bucket("p")[0])
    body: Body = locate_body(page, post_root, post_id)
    clean_body(page, body.elements, post_title, guessed=body.method == "generic")
    post.body_html = body_html(body.elements) or None
    post.body_text = body_text(page, body.elements) or None
    body_method = body.method
    if wants_second_opinion(body.method, post.body_text, body.chars, paragraph_chars):
        second = second_opinion_text(page, len(post.body_text or ""), thorough=post_id is None)
        if second and post_id is not None and post_root is not None and printed_outside(page, post_root, second):
            second = None
        if second and post_id is not None:
            # a second opinion reads a WordPress post's comments with it where they have no markup it knows: the
            # archive keeps them apart (on other sites, a forum's replies are its content)
            second = _without_comments(second, comments)
            if len(second) <= len(post.body_text or ""):
                second = None
        if second:
            post.body_text, body_method = second, "trafilatura"
            post.body_html = "".join(f"<p>{escape(line)}</p>" for line in second.splitlines() if line.strip())

    for item in [form, *comments]:
        item.post_url = post.post_url
        item.wp_post_id = post_id
    # a password-protected post's comments are never harvested, whatever a theme prints
    shown = comments if is_single and not post.is_protected else []
    result = PostPage(post=post if is_single else None, comments=shown,
                      comment_form=form, comment_page_urls=pages if is_single else [], language=lang,
                      unpublished_status=_unpublished_status(post_root),
                      post_part_urls=post_part_urls(page, post.post_url, post_root) if is_single and not is_protected
                      else [], category_urls=archives)
    return PageReading(page=result, post=post, is_single_post=is_single, comments=comments,
                       published=published_date, modified=modified_date,
                       comment_dates=[d for _, d in comments_with_dates], body_method=body_method)


_PART_QUERY = re.compile(r"[?&]page=(\d+)(?:&|$)")


def post_part_urls(page: Page, post_url: str | None, post_root: etree._Element | None = None) -> list[str]:
    """Links to the post's own further pages, by address alone (themes print wp_link_pages() in many markups):
    the post's address plus "N/" (pretty permalinks) or plus "page=N" (plain ones), N ≥ 2, in order of N. Within
    the post's element when there is one (wp_link_pages() prints inside the post)."""
    base = urldefrag(post_url or page.url or "")[0]
    path = urlsplit(base).path.rstrip("/")
    if not base or (not path and "?" not in base):
        return []
    stem = base.rstrip("/") + "/"
    prefix = base.split("?")[0].rstrip("/")  # what every link to a part of the post begins with
    parts: dict[int, str] = {}
    links, positions = page.index.tag_bucket("a")
    lo, hi = page.index.span(post_root)
    for a in links[bisect_left(positions, lo):bisect_right(positions, hi)]:
        raw = a.get("href") or ""
        if "page=" not in raw and (not path or path not in raw):
            continue  # (cheap: most links are elsewhere, and resolving each costs)
        href = page.absolute(raw)
        if not href or not href.startswith(prefix):
            continue
        href = urldefrag(href)[0]
        number = None
        tail = href[len(stem):].rstrip("/") if href.startswith(stem) else ""
        if tail.isdigit():
            number = int(tail)
        elif "?" in base and href.startswith(base + "&"):
            m = _PART_QUERY.search(href[len(base):])
            number = int(m.group(1)) if m else None
        if number is not None and 2 <= number <= 100:
            parts.setdefault(number, href)
    return [parts[n] for n in sorted(parts)]


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


def extract_post_page(html: bytes | str, url: str | None = None, content_type: str | None = None, *,
                      category_archives: bool = False) -> PostPage:
    """The post, its comments, its comment form and its other comment pages, from one page's bytes and URL
    (and the HTTP Content-Type header, whose charset decides the decoding when it names one); with
    `category_archives`, the category archives it links to too."""
    reading = read_page(html, url, content_type, category_archives=category_archives)
    if reading is None:
        return PostPage(post=None)
    return reading.page
