"""Page object for home and archive listings: the posts it links to and the next (older) page."""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

from crawler.pages import selectors as S
from crawler.pages.document import Page, inside


@dataclass
class ListingPage:
    """Post permalinks on a listing page (page order, no duplicates) and the link to the next page."""

    post_urls: list[str] = field(default_factory=list)
    next_page_url: str | None = None
    category_urls: list[str] = field(default_factory=list)  # first pages of the category archives it links to


def extract_listing_page(html: bytes | str, url: str | None = None, content_type: str | None = None) -> ListingPage:
    """Links to posts (first LISTING_POST_LINKS selector that finds any) and the next page's URL."""
    page = Page.parse(html, url, content_type)
    if page is None:
        return ListingPage()
    here = urldefrag(url)[0] if url else None
    posts: list[str] = []
    for sel in S.LISTING_POST_LINKS:
        for href in sel(page.index):
            link = page.absolute(str(href))
            if link:
                link = urldefrag(link)[0]
                if link != here and link not in posts:
                    posts.append(link)
        if posts:
            break
    if not posts:
        posts = [link for link in _dated_list_links(page) if link != here]
    if not posts:
        posts = [link for link in _heading_links(page) if link != here]
    next_url = None
    for sel in S.LISTING_NEXT:
        for href in sel(page.index):
            link = page.absolute(str(href))
            if link and urldefrag(link)[0] != here:
                next_url = link
                break
        if next_url:
            break
    if next_url is None and here:
        next_url = _link_to_following_page(page, here)
    return ListingPage(post_urls=posts, next_page_url=next_url, category_urls=category_archive_urls(page))


# a category's feed, not its archive (or WooCommerce's product categories, printed by the same widget); a ?cat=
# that is no term id (a plugin's own parameter)
_NO_POST_ARCHIVE = re.compile(r"/feed/?$|[?&]feed=|/product-category/|[?&]product_cat=", re.I)
_CAT_QUERY = re.compile(r"[?&]cat=([^&]*)")


def category_archive_urls(page: Page) -> list[str]:
    """First pages of the category archives the page links to on the blog's own host, in page order. Without
    REST these are walked to their ends: a category's listing reaches old posts that a short sitemap, a feed that
    ignores ?paged and a "load more" home page do not."""
    host = urlsplit(page.url or "").netloc
    urls: list[str] = []
    for sel in S.CATEGORY_ARCHIVE_LINKS:
        for href in sel(page.index):
            link = page.absolute(str(href))
            if not link or urlsplit(link).netloc != host or _NO_POST_ARCHIVE.search(link):
                continue
            query = _CAT_QUERY.search(link)
            if "cat=" in link and "/category/" not in link and not (query and query.group(1).isdigit()):
                continue  # matched by the loose ?cat= selector: no category id
            link = _first_listing_page(urldefrag(link)[0])
            if link not in urls:
                urls.append(link)
    return urls


def _first_listing_page(url: str) -> str:
    """The first page of the listing that ``url`` is a page of (/category/x/page/3/ → /category/x/)."""
    parts = urlsplit(url)
    found = _PAGE_IN_PATH.search(parts.path)
    path = parts.path[:found.start() + 1] if found else parts.path
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "paged"])
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def _dated_list_links(page: Page) -> list[str]:
    """A listing as a plain list of dates and titles (<li><time>…</time> <a>Title</a></li>), with none of the
    classes above: each dated item's first link on the blog's own host, outside asides, navigation and footers."""
    host = urlsplit(page.url or "").netloc
    chrome = set(page.select(S.LISTING_CHROME))
    links: list[str] = []
    for time_el in page.index.tag_bucket("time")[0]:
        item = time_el.getparent()
        while item is not None and item.tag not in ("li", "article", "body"):
            item = item.getparent()
        if item is None or item.tag == "body" or (chrome and inside(item, chrome)):
            continue
        for a in item.iter("a"):
            link = page.absolute(a.get("href"))
            if link and urlsplit(link).netloc == host:
                link = urldefrag(link)[0]
                if link not in links:
                    links.append(link)
                break
    return links


# archives and pages of the blog itself, never a post: terms, authors, dates, listing pages
_NOT_A_POST = re.compile(r"/(?:category|tag|author|page)/|[?&](?:cat|tag|author|paged|m)=|/\d{4}/(?:\d{2}/)?$")


def _heading_links(page: Page) -> list[str]:
    """A listing of the theme's own naming (a news list, cards): the link in each h2 (else h3, h4, h5) on the
    blog's own host, outside asides, navigation and footers, that is no archive of the blog; or the link around
    it, where a whole card is one link (Flatsome: <a class="plain"><div class="box">…<h5 class="post-title">)."""
    host = urlsplit(page.url or "").netloc
    chrome = set(page.select(S.LISTING_CHROME))
    links: list[str] = []
    for tag in ("h2", "h3", "h4", "h5"):
        for heading in page.index.tag_bucket(tag)[0]:
            a = next(heading.iter("a"), None)
            if a is None:
                a = next(heading.iterancestors("a"), None)
            if a is None or (chrome and inside(heading, chrome)):
                continue
            link = page.absolute(a.get("href"))
            if link and urlsplit(link).netloc == host and not _NOT_A_POST.search(link):
                link = urldefrag(link)[0]
                if link not in links:
                    links.append(link)
        if len(links) >= 2:
            break  # the titles are one level of heading: the other level is the page's sections
        links = []
    return links


_PAGE_IN_PATH = re.compile(r"/page/([0-9]{1,6})/?$")


def _following_page_urls(url: str) -> set[str]:
    """The addresses WordPress gives the page after this listing page (get_pagenum_link): /page/N+1/ under pretty
    permalinks, ?paged=N+1 under plain ones; with and without the trailing slash."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    found = _PAGE_IN_PATH.search(parts.path)
    paged = query.get("paged") or "1"
    if not found and not re.fullmatch(r"[0-9]{1,6}", paged):
        return set()  # not a page number WordPress wrote
    number = int(found.group(1)) if found else int(paged)
    base_path = parts.path[:found.start()] if found else parts.path.rstrip("/")
    pretty = urlunsplit((parts.scheme, parts.netloc, f"{base_path}/page/{number + 1}/", parts.query, ""))
    plain = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode({**query, "paged": number + 1}), ""))
    # (the pretty form keeps the query: a search's next page is /page/2/?s=…)
    if found:
        return {pretty, pretty.rstrip("/")}
    return {plain} if "paged" in query else {pretty, pretty.rstrip("/"), plain}


def _link_to_following_page(page: Page, here: str) -> str | None:
    """A link to the next listing page by its address alone, for themes that mark it with neither a class nor
    rel="next" (an "« Äldre inlägg" link from next_posts_link())."""
    wanted = _following_page_urls(here)
    for anchor, _ in zip(*page.index.tag_bucket("a")):
        link = page.absolute(anchor.get("href"))
        if link and urldefrag(link)[0] in wanted:
            return urldefrag(link)[0]
    return None
