"""Discovery documents → lists of posts and comments: REST JSON, sitemaps, feeds, the home page's WordPress markers.

Pure functions of bytes (+ URL): no Scrapy, no I/O, no clock. The spider decides what to fetch with them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
import lxml.etree
import lxml.html
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from scrapy.utils.sitemap import sitemap_urls_from_robots as scrapy_sitemap_urls_from_robots

from crawler.items import CommentItem
from crawler.pages import selectors as S
from crawler.pages.text import clean_inline, element_text, emoji_alt, lxml_safe, raw_text

# What a REST post listing asks for: enough to plan the harvest and to give every field REST knows exactly.
REST_POST_FIELDS = ("id,link,date_gmt,modified_gmt,status,comment_status,title,author,categories,tags,sticky,"
                    "excerpt,content")


@dataclass
class RestPost:
    """What the REST API says about one post, as the blog shows it (rendered title, clean body text).

    Author, categories and tags are ids here; the spider names them from ``/wp/v2/users`` and the term listings.
    """

    title: str  # "" for a post without a title: the blog shows none
    author_id: int | None
    category_ids: list[int]
    tag_ids: list[int]
    is_sticky: bool
    excerpt: str | None
    body_html: str | None  # None for a password-protected post: REST gives no content without the password
    body_text: str | None
    is_protected: bool


@dataclass
class PostRef:
    """A post as a listing knows it: enough to decide whether (and where) to fetch its page."""

    post_url: str
    wp_post_id: int | None = None
    published_at: str | None = None
    modified_at: str | None = None
    comment_status: str | None = None
    title: str | None = None
    source: str = ""
    rest: RestPost | None = None  # only from a REST listing


@dataclass
class SiteMarkers:
    """What a home page says about the site behind it."""

    is_wordpress: bool
    api_root: str | None  # e.g. https://blog.example/wp-json/ (from <link rel="https://api.w.org/">)
    is_wpcom: bool
    feed_url: str | None
    language: str | None


class DiscoveryError(ValueError):
    """A discovery document that isn't what its URL promised (e.g. HTML where JSON was expected)."""


_WP_MARKERS = re.compile(
    # bounded repeats: with ``[^>]+`` a home page of 40,000 unclosed ``<meta`` took 35 s to search
    rb"/wp-content/|/wp-includes/|https://api\.w\.org/|<meta[^>]{1,300}generator[^>]{1,300}WordPress|wp-json"
    rb"|s0\.wp\.com", re.I
)
_WPCOM_MARKERS = re.compile(rb"s[0-2]\.wp\.com/|wordpress\.com/|highlander_comment_nonce|wpcom", re.I)


def gmt_to_utc(value: str | None) -> str | None:
    """REST's ``date_gmt`` (``2019-03-08T14:30:00``, no zone) → ISO 8601 UTC; None/empty stays None (a value that is
    no time is passed on, for the spider to flag and replace by the page's)."""
    if not value:
        return None
    return value[:19] + "+00:00"


def _zero_date(value: object) -> bool:
    """WordPress's zero date (``0000-00-00 00:00:00``), which REST hands out as ``-0001-11-30T00:00:00``, or none."""
    return not isinstance(value, str) or not value[:1].isdigit() or value.startswith("0000")


def rest_time(row: dict) -> str | None:
    """A REST item's time: ``date_gmt`` in UTC; where an import left it empty or zero (comments imported from other
    systems), ``date``, the site's local time, without an offset, as a page prints it (cleaning applies the site's
    zone)."""
    if not _zero_date(row.get("date_gmt")):
        return gmt_to_utc(row["date_gmt"])
    local = row.get("date")
    return None if _zero_date(local) else local[:19]


def read_site_markers(html: bytes, url: str, link_header: str | None = None) -> SiteMarkers:
    """Detect WordPress and find its REST root and feed from a home page (and its ``Link`` header)."""
    api_root = None
    if link_header:
        m = re.search(r'<([^>]+)>;\s*rel="https://api\.w\.org/"', link_header)
        if m:
            api_root = m.group(1)
    feed_url = None
    language = None
    try:
        doc = lxml.html.fromstring(html) if html.strip() else None
    except (lxml.etree.ParserError, ValueError):
        doc = None
    if doc is not None:
        if api_root is None:
            hrefs = doc.xpath('//link[@rel="https://api.w.org/"]/@href')
            api_root = urljoin(url, hrefs[0]) if hrefs else None
        feeds = doc.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href')
        feed_url = urljoin(url, feeds[0]) if feeds else None
        lang = doc.xpath("/html/@lang")
        language = lang[0].split("-")[0].lower() if lang else None
    head = html[:200_000]
    return SiteMarkers(
        is_wordpress=bool(api_root) or bool(_WP_MARKERS.search(head)),
        api_root=api_root,
        is_wpcom=bool(_WPCOM_MARKERS.search(head)) or (api_root or "").startswith("https://public-api.wordpress.com/"),
        feed_url=feed_url,
        language=language,
    )


def _load_json_list(body: bytes) -> list[dict]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DiscoveryError(f"not JSON: {exc}") from exc
    except RecursionError as exc:  # ``[[[[…`` nested past Python's recursion limit
        raise DiscoveryError(f"JSON nested too deeply to read: {exc}") from exc
    if not isinstance(data, list):
        raise DiscoveryError(f"expected a JSON list, got {type(data).__name__}")
    return data


def parse_rest_posts(body: bytes) -> list[PostRef]:
    """One page of ``/wp/v2/posts`` → post references (only ``status: publish`` ones, which is all anonymous
    requests can see)."""
    refs = []
    for row in _load_json_list(body):
        if row.get("status", "publish") != "publish" or not row.get("link"):
            continue
        title = row.get("title")
        try:
            rest = rest_post(row) if "content" in row or "categories" in row else None
        except (KeyError, TypeError, ValueError, AttributeError):
            rest = None  # one post's fields unreadable: its page gives them, and REST stays in use for the others
        refs.append(
            PostRef(
                post_url=row["link"],
                wp_post_id=int(row["id"]),
                published_at=gmt_to_utc(row.get("date_gmt")),
                modified_at=gmt_to_utc(row.get("modified_gmt")),
                comment_status=row.get("comment_status"),
                title=title.get("rendered") if isinstance(title, dict) else None,
                source="rest",
                rest=rest,
            )
        )
    return refs


def _rendered(row: dict, name: str) -> tuple[str, bool]:
    value = row.get(name)
    if isinstance(value, dict):
        return str(value.get("rendered") or ""), bool(value.get("protected"))
    return "", False


def _fragment(html: str) -> lxml.html.HtmlElement | None:
    html = lxml_safe(html)  # REST JSON can carry "\ud83d" alone: lxml would drop everything after it
    if not html.strip():
        return None
    return lxml.html.fragment_fromstring(html, create_parent="div")


def _ids(value: object) -> list[int]:
    return [int(v) for v in value] if isinstance(value, list) else []


def rest_post(row: dict) -> RestPost:
    """One ``/wp/v2/posts`` record → the post as the blog shows it. The body text is made by the same function
    that makes a page's (``element_text``, with the same captions left out), so the two readings compare."""
    title_html, _ = _rendered(row, "title")
    content_html, is_protected = _rendered(row, "content")
    excerpt_html, _ = _rendered(row, "excerpt")
    title_el = _fragment(title_html)
    body_el = None if is_protected else _fragment(content_html)
    excerpt_el = None if is_protected else _fragment(excerpt_html)
    author = row.get("author")
    return RestPost(
        title=clean_inline(raw_text(title_el)) or "" if title_el is not None else "",
        author_id=int(author) if isinstance(author, int) and author > 0 else None,
        category_ids=_ids(row.get("categories")),
        tag_ids=_ids(row.get("tags")),
        is_sticky=bool(row.get("sticky")),
        excerpt=element_text(excerpt_el) or None if excerpt_el is not None else None,
        body_html=content_html if body_el is not None else None,
        body_text=element_text(body_el, skip_tags=S.BODY_TEXT_SKIP_TAGS, skip_classes=S.BODY_TEXT_SKIP_CLASSES) or None
        if body_el is not None else None,
        is_protected=is_protected,
    )


def parse_rest_names(body: bytes) -> dict[int, str]:
    """One page of ``/wp/v2/categories``, ``/wp/v2/tags`` or ``/wp/v2/users`` (``_fields=id,name``) → {id: name}."""
    names = {}
    for row in _load_json_list(body):
        if isinstance(row, dict) and row.get("id") is not None and row.get("name") is not None:
            names[int(row["id"])] = clean_inline(
                lxml.html.fromstring(f"<p>{lxml_safe(str(row['name']))}</p>").text_content()) or ""
    return names


def html_fragment_text(fragment: str) -> str:
    """Visible text of a small HTML fragment (a REST comment's ``content.rendered``), paragraphs on their own lines."""
    if not fragment or not fragment.strip():
        return ""
    doc = lxml.html.fragment_fromstring(lxml_safe(fragment), create_parent="div")
    for img in doc.iter("img"):
        if alt := emoji_alt(img):  # a smiley printed as a picture reads as its character (a comment of only "👍")
            img.tail = alt + (img.tail or "")
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in doc.iter("p", "div", "li", "blockquote", "pre"):
        block.tail = "\n\n" + (block.tail or "")
    text = doc.text_content()
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_rest_comments(body: bytes, post_urls_by_id: dict[int, str]) -> list[CommentItem]:
    """One page of ``/wp/v2/comments`` → approved comments (anonymous requests see only approved ones).

    Depth is computed later from the whole thread (``thread_depths``); e-mail addresses are never in the
    anonymous response and are not read.
    """
    comments = []
    for row in _load_json_list(body):
        if row.get("status", "approved") != "approved":
            continue
        content = row.get("content")
        rendered = content.get("rendered", "") if isinstance(content, dict) else ""
        post_id = int(row["post"]) if row.get("post") is not None else None
        comment_type = row.get("type") or "comment"
        comments.append(
            CommentItem(
                post_url=post_urls_by_id.get(post_id) if post_id is not None else None,
                wp_post_id=post_id,
                wp_comment_id=int(row["id"]),
                parent_wp_comment_id=int(row["parent"]) or None if row.get("parent") is not None else None,
                # WordPress stores a commenter's name HTML-escaped (pre_comment_author_name → _wp_specialchars) and
                # REST hands it out so: "Anna &amp; Bo" is "Anna & Bo" on the page
                author_name=html.unescape(row.get("author_name") or "") or None,
                author_url=row.get("author_url") or None,
                published_at=rest_time(row),
                body_text=html_fragment_text(rendered),
                comment_type="comment" if comment_type in ("comment", "") else comment_type,
                source="rest",
            )
        )
    return comments


def thread_depths(comments: list[CommentItem]) -> None:
    """Set ``depth`` (1 = top level) on each comment from its parent chain, in place. A reply whose parent is not
    public (pending, spam, trashed: anonymous REST never lists it) starts its own thread at depth 1."""
    parents = {c.wp_comment_id: c.parent_wp_comment_id for c in comments}
    for c in comments:
        depth, seen, parent = 1, set(), c.parent_wp_comment_id
        while parent is not None and parent in parents and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = parents.get(parent)
        c.depth = depth


# A gzipped sitemap (.xml.gz, served as a file, not with Content-Encoding) is unpacked up to this size.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


def parse_sitemap(body: bytes) -> tuple[list[str], list[tuple[str, str | None]]]:
    """A sitemap or sitemap index, plain or gzipped → (child sitemap URLs, [(page URL, lastmod)]).

    Read with Scrapy's own sitemap parser (``scrapy.utils.sitemap``, pure lxml: what ``SitemapSpider`` uses).
    """
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except (OSError, EOFError, ValueError) as exc:
            raise DiscoveryError(f"gzipped sitemap unreadable: {exc}") from exc
    if not body.strip():
        raise DiscoveryError("empty sitemap")
    try:
        sitemap = Sitemap(body)
        entries = list(sitemap)
    except (lxml.etree.XMLSyntaxError, StopIteration) as exc:
        raise DiscoveryError(f"not XML: {exc}") from exc
    locs = [(e["loc"], e.get("lastmod") or None) for e in entries if e.get("loc")]
    if sitemap.type == "sitemapindex":
        return [loc for loc, _ in locs], []
    if sitemap.type != "urlset":
        raise DiscoveryError(f"not a sitemap: root element <{sitemap.type}>")
    return [], locs


def sitemap_urls_from_robots(body: bytes, base_url: str) -> list[str]:
    """``Sitemap:`` lines of a robots.txt, relative ones resolved against its URL."""
    return list(scrapy_sitemap_urls_from_robots(body, base_url=base_url))


_POST_ID_IN_GUID = re.compile(r"[?&]p=(\d+)")


def parse_feed(body: bytes, url: str | None = None) -> list[PostRef]:
    """An RSS/Atom feed page → post references with exact publication times (HTML themes may show only a date).
    ``url``: the feed's address, against which relative links resolve (some feed plugins and proxies print
    "<link>/2024/01/10/inlagg/</link>")."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"not a feed: {parsed.get('bozo_exception')}")
    refs = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        if url:
            link = urljoin(url, link)
        guid = entry.get("id") or ""
        m = _POST_ID_IN_GUID.search(guid)
        published = entry.get("published_parsed")
        published_at = None
        if published:
            # feedparser normalises to UTC; timegm keeps it in UTC.
            published_at = _utc_iso(calendar.timegm(published))
        refs.append(
            PostRef(
                post_url=link,
                wp_post_id=int(m.group(1)) if m else None,
                published_at=published_at,
                title=entry.get("title"),
                source="feed",
            )
        )
    return refs


def _utc_iso(epoch: int) -> str:
    return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc).isoformat()
