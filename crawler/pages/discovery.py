"""Discovery documents → lists of posts and comments: REST JSON, sitemaps, feeds, the home page's WordPress markers.

Pure functions of bytes (+ URL): no Scrapy, no I/O, no clock. The spider decides what to fetch with them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
import lxml.etree
import lxml.html

from crawler.items import CommentItem


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
    rb"/wp-content/|/wp-includes/|https://api\.w\.org/|<meta[^>]+generator[^>]+WordPress|wp-json|s0\.wp\.com", re.I
)
_WPCOM_MARKERS = re.compile(rb"s[0-2]\.wp\.com/|wordpress\.com/|highlander_comment_nonce|wpcom", re.I)


def gmt_to_utc(value: str | None) -> str | None:
    """REST's ``date_gmt`` (``2019-03-08T14:30:00``, no zone) → ISO 8601 UTC; None/empty stays None."""
    if not value:
        return None
    return value[:19] + "+00:00"


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
        refs.append(
            PostRef(
                post_url=row["link"],
                wp_post_id=int(row["id"]),
                published_at=gmt_to_utc(row.get("date_gmt")),
                modified_at=gmt_to_utc(row.get("modified_gmt")),
                comment_status=row.get("comment_status"),
                title=title.get("rendered") if isinstance(title, dict) else None,
                source="rest",
            )
        )
    return refs


def html_fragment_text(fragment: str) -> str:
    """Visible text of a small HTML fragment (a REST comment's ``content.rendered``), paragraphs on their own lines."""
    if not fragment or not fragment.strip():
        return ""
    doc = lxml.html.fragment_fromstring(fragment, create_parent="div")
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
                author_name=row.get("author_name") or None,
                author_url=row.get("author_url") or None,
                published_at=gmt_to_utc(row.get("date_gmt")),
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


def parse_sitemap(body: bytes) -> tuple[list[str], list[tuple[str, str | None]]]:
    """A sitemap or sitemap index → (child sitemap URLs, [(page URL, lastmod)])."""
    try:
        root = lxml.etree.fromstring(body, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
    except lxml.etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"not XML: {exc}") from exc
    if root is None:
        raise DiscoveryError("empty sitemap")
    children, pages = [], []
    for node in root:
        tag = lxml.etree.QName(node).localname if isinstance(node.tag, str) else ""
        loc = lastmod = None
        for child in node:
            if not isinstance(child.tag, str):
                continue
            name = lxml.etree.QName(child).localname
            if name == "loc":
                loc = (child.text or "").strip()
            elif name == "lastmod":
                lastmod = (child.text or "").strip() or None
        if not loc:
            continue
        if tag == "sitemap":
            children.append(loc)
        elif tag == "url":
            pages.append((loc, lastmod))
    return children, pages


def sitemap_urls_from_robots(body: bytes) -> list[str]:
    """``Sitemap:`` lines of a robots.txt."""
    text = body.decode("utf-8", errors="replace")
    return [m.group(1).strip() for m in re.finditer(r"(?im)^\s*sitemap:\s*(\S+)", text)]


_POST_ID_IN_GUID = re.compile(r"[?&]p=(\d+)")


def parse_feed(body: bytes) -> list[PostRef]:
    """An RSS/Atom feed page → post references with exact publication times (HTML themes may show only a date)."""
    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"not a feed: {parsed.get('bozo_exception')}")
    refs = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
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
