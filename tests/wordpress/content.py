"""Load the test bed's content file (content.json): what the seeder puts into WordPress and what tests compare against.

Pure standard library: no I/O beyond reading the JSON file, no clock, no WordPress.
Selections follow the content contract: a post is *public* when it is a ``post`` with status ``publish`` and no
password; a comment is *public* when it is approved, sits on a public post and every ancestor is approved too.
Everything else (drafts, private and password-protected posts, pending and spam comments, comments on non-public
posts) must never be harvested.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

CONTENT_PATH = Path(__file__).with_name("content.json")
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
SITE_TIMEZONE = "Europe/Stockholm"

Content = dict[str, Any]
Record = dict[str, Any]

# Elements that end a run of text; snippets in body_must_contain never cross one of these.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "cite", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
})
_INVISIBLE_TAGS = frozenset({"script", "style", "template"})


def load_content(path: str | Path | None = None) -> Content:
    """The parsed content file (default: content.json beside this module)."""
    with open(path or CONTENT_PATH, encoding="utf-8") as f:
        return json.load(f)


def _is_public_post(post: Record) -> bool:
    return post["type"] == "post" and post["status"] == "publish" and not post["password"]


def public_posts(content: Content) -> list[Record]:
    """Posts anyone can read: type post, status publish, no password."""
    return [p for p in content["posts"] if _is_public_post(p)]


def public_pages(content: Content) -> list[Record]:
    """Pages anyone can read: type page, status publish, no password."""
    return [p for p in content["posts"] if p["type"] == "page" and p["status"] == "publish" and not p["password"]]


def protected_posts(content: Content) -> list[Record]:
    """Password-protected posts: listed publicly, but their text and comments must never be harvested."""
    return [p for p in content["posts"] if p["password"]]


def hidden_posts(content: Content) -> list[Record]:
    """Drafts and private posts: must not be found at all."""
    return [p for p in content["posts"] if p["status"] in ("draft", "private")]


def post_by_key(content: Content, key: str) -> Record:
    """The post (or page) with this key; KeyError when there is none."""
    for post in content["posts"]:
        if post["key"] == key:
            return post
    raise KeyError(f"no post with key {key!r} in the content file")


def comments_of(content: Content, post_key: str) -> list[Record]:
    """Every comment on one post, whatever its status, oldest first."""
    return sorted((c for c in content["comments"] if c["post"] == post_key), key=lambda c: c["date"])


def comment_depths(content: Content) -> dict[str, int]:
    """Depth of every comment by key: 1 at top level, 2 for a reply, and so on."""
    by_key = {c["key"]: c for c in content["comments"]}
    depths: dict[str, int] = {}

    def depth(key: str) -> int:
        if key not in depths:
            parent = by_key[key]["parent"]
            depths[key] = 1 if parent is None else depth(parent) + 1
        return depths[key]

    for key in by_key:
        depth(key)
    return depths


def public_comments(content: Content) -> list[Record]:
    """Comments a visitor can see: approved, on a public post, with every ancestor approved as well."""
    by_key = {c["key"]: c for c in content["comments"]}
    public_keys = {p["key"] for p in public_posts(content)}

    def visible(comment: Record) -> bool:
        if comment["status"] != "approved" or comment["post"] not in public_keys:
            return False
        return comment["parent"] is None or visible(by_key[comment["parent"]])

    return [c for c in content["comments"] if visible(c)]


def hidden_comments(content: Content) -> list[Record]:
    """Every comment that is not public: pending, spam, and anything on draft, private or protected posts."""
    public_keys = {c["key"] for c in public_comments(content)}
    return [c for c in content["comments"] if c["key"] not in public_keys]


def to_utc(local: str, tz: str = SITE_TIMEZONE) -> datetime:
    """A content-file time ('YYYY-MM-DD HH:MM:SS', wall-clock time in ``tz``) as an aware UTC datetime."""
    naive = datetime.strptime(local, DATE_FORMAT)
    return naive.replace(tzinfo=ZoneInfo(tz)).astimezone(timezone.utc)


def comment_time_read(local: str, printed: str = "datetime") -> str:
    """A content-file comment time as the page reading stores it: UTC where the page tells the offset (HTML5
    comments' <time datetime>), the local time as printed where it does not (printed="text": WordPress's XHTML
    comment markup prints "10 januari, 2019 kl. 19:45"; the site's zone is never guessed, cleaning applies
    sites.toml's)."""
    if printed == "text":
        return datetime.strptime(local, DATE_FORMAT).isoformat()
    if printed == "date":  # the theme prints a comment's day only
        return datetime.strptime(local, DATE_FORMAT).date().isoformat()
    return to_utc(local).isoformat()


def post_date_read(local: str, printed: str = "datetime") -> str:
    """A content-file post date as the page reading stores it: UTC where the page gives a machine-readable time,
    the day alone where the theme prints only the day (printed="date": a date-only page never gets a time), the
    local time as printed where the theme prints day and time as text only (printed="text")."""
    if printed == "date":
        return datetime.strptime(local, DATE_FORMAT).date().isoformat()
    if printed == "text":
        return datetime.strptime(local, DATE_FORMAT).isoformat()
    return to_utc(local).isoformat()


class _TextBlocks(HTMLParser):
    """Collects the visible text of an HTML fragment, split at block boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._invisible_depth = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE_TAGS:
            self._invisible_depth += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE_TAGS:
            self._invisible_depth = max(0, self._invisible_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._invisible_depth:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def text_blocks(html: str) -> list[str]:
    """The visible text of an HTML fragment, one whitespace-normalised string per block (paragraph, heading, list
    item, line broken by <br>, …); entities decoded, so ``&lt;script&gt;`` reads ``<script>``."""
    parser = _TextBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


def visible_text(html: str) -> str:
    """The visible text of an HTML fragment: its blocks joined by blank lines (see ``text_blocks``)."""
    return "\n\n".join(text_blocks(html))


def normalize_space(text: str) -> str:
    """Collapse every run of Unicode whitespace (including no-break spaces) to one space and strip the ends."""
    return " ".join(text.split())


def shown_title(post: Record, theme: str | None = None) -> str:
    """The title as the blog shows it: ``title_shown`` where WordPress's texturizing and markup change it (curly
    quotes, tags stripped), ``title_shown_by_theme`` where a theme filters it (twentytwentyone shows an empty title
    as "Untitled", on its pages and through REST alike), else the stored title; an empty title stays empty."""
    return post.get("title_shown_by_theme", {}).get(theme, post.get("title_shown", post["title"]))


def category_names(content: Content, post: Record) -> list[str]:
    """The names of a post's categories; a post filed under none is in the site's default category (WordPress
    never leaves a post without one)."""
    names = {c["slug"]: c["name"] for c in content["categories"]}
    if not post["categories"]:
        return [content["site"].get("default_category", "Uncategorized")]
    return [names[c] for c in post["categories"]]
