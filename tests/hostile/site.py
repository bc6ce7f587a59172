"""A small WordPress-looking site on loopback that can be made hostile one route at a time.

It serves what the crawler reads from a WordPress blog — a home page with WordPress markers, robots.txt, the REST
post and comment listings (with ``X-WP-Total``/``X-WP-TotalPages``), the feed, ``/page/N/`` listings and post
pages with a comment form — for ``posts`` posts; ``routes`` replace any answer by path to stand for one failure.
Every request is counted (``hits``), so a test can bound what a crawl sent.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.loopback import Answer, loopback_site

Route = Callable[[BaseHTTPRequestHandler], Answer]
LISTING_SIZE = 10  # posts per feed and listing page, as WordPress's default


def post_path(i: int) -> str:
    return f"/2024/01/{(i % 28) + 1:02d}/post-{i}/"


@dataclass
class Comment:
    """One approved comment the REST listing shows."""

    wp_comment_id: int
    wp_post_id: int
    parent: int = 0
    author: str = "Anna"
    text: str = "Bra skrivet."
    date_gmt: str = "2024-02-01T10:00:00"


@dataclass
class HostileSite:
    """The site's content and its hostile routes; ``url`` is set while it is served."""

    posts: int = 3
    comments: list[Comment] = field(default_factory=list)
    rest: bool = True
    routes: dict[str, Route] = field(default_factory=dict)
    rest_dates: dict[int, str] = field(default_factory=dict)  # post id → a date_gmt to serve instead
    hits: list[str] = field(default_factory=list)
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    # ------------------------------------------------------------------ content
    def host(self) -> str:
        return self.url.rstrip("/")

    def post_url(self, i: int) -> str:
        return self.host() + post_path(i)

    def post_html(self, i: int) -> bytes:
        return (f'<!doctype html><html lang="sv-SE"><head><meta charset="utf-8"><title>Inlägg {i}</title>'
                f'<link rel="https://api.w.org/" href="{self.host()}/wp-json/">'
                f'<link rel="stylesheet" href="/wp-content/themes/tt1/style.css"></head>'
                f'<body class="post-template-default single single-post postid-{i}">'
                f'<article id="post-{i}" class="post-{i} post type-post status-publish">'
                f'<h1 class="entry-title">Inlägg nummer {i}</h1>'
                f'<div class="entry-meta"><time class="entry-date published" datetime="2024-01-{(i % 28) + 1:02d}'
                f'T09:00:00+01:00">{(i % 28) + 1} januari 2024</time></div>'
                f'<div class="entry-content"><p>Det här är inlägg {i}. Vi renoverar husen och sänker hyrorna.</p>'
                f'</div></article>'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title">Lämna ett svar</h3>'
                f'<form action="{self.host()}/wp-comments-post.php" method="post" id="commentform">'
                f'<p class="comment-form-comment"><label for="comment">Kommentar</label>'
                f'<textarea id="comment" name="comment" required></textarea></p>'
                f'<p class="comment-form-author"><label for="author">Namn *</label>'
                f'<input id="author" name="author" type="text" required></p>'
                f'<p class="comment-form-email"><label for="email">E-post *</label>'
                f'<input id="email" name="email" type="email" required></p>'
                f'<input type="hidden" name="comment_post_ID" value="{i}" id="comment_post_ID">'
                f'<input type="hidden" name="comment_parent" id="comment_parent" value="0">'
                f'<input name="submit" type="submit" id="submit" value="Publicera kommentar"></form></div>'
                f'</body></html>').encode()

    def listing_html(self, page: int) -> bytes:
        first = (page - 1) * LISTING_SIZE + 1
        items = "".join(f'<article id="post-{i}" class="post-{i} post type-post"><h2 class="entry-title">'
                        f'<a href="{self.post_url(i)}">Inlägg {i}</a></h2></article>'
                        for i in range(first, min(self.posts, first + LISTING_SIZE - 1) + 1))
        more = first + LISTING_SIZE <= self.posts
        nav = f'<nav class="pagination"><a class="next page-numbers" href="{self.host()}/page/{page + 1}/">' \
              f'Äldre</a></nav>' if more else ""
        return (f'<!doctype html><html lang="sv-SE"><head><link rel="https://api.w.org/" href="{self.host()}/wp-json/">'
                f'<link rel="stylesheet" href="/wp-content/themes/tt1/style.css"></head>'
                f'<body class="home blog">{items}{nav}</body></html>').encode()

    def feed_xml(self, page: int) -> bytes:
        first = (page - 1) * LISTING_SIZE + 1
        items = "".join(f'<item><title>Inlägg {i}</title><link>{self.post_url(i)}</link>'
                        f'<guid isPermaLink="false">{self.host()}/?p={i}</guid>'
                        f'<pubDate>Mon, {(i % 28) + 1:02d} Jan 2024 08:00:00 +0000</pubDate></item>'
                        for i in range(first, min(self.posts, first + LISTING_SIZE - 1) + 1))
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Blogg</title>'
                f'{items}</channel></rss>').encode()

    def rest_posts(self, page: int, per_page: int) -> Answer:
        ids = list(range(1, self.posts + 1))
        chunk = ids[(page - 1) * per_page: page * per_page]
        if page > 1 and not chunk:
            return json_answer({"code": "rest_post_invalid_page_number"}, status=400)
        rows = [{"id": i, "link": self.post_url(i), "date_gmt": self.rest_dates.get(i, f"2024-01-{(i % 28) + 1:02d}T08:00:00"),
                 "modified_gmt": f"2024-01-{(i % 28) + 1:02d}T08:00:00", "status": "publish",
                 "comment_status": "open", "title": {"rendered": f"Inlägg nummer {i}"}} for i in chunk]
        return json_answer(rows, total=len(ids), pages=max(1, math.ceil(len(ids) / per_page)))

    def rest_posts_edited(self, edit: Callable[[list[dict]], None]) -> Route:
        """A route for the REST post listing (one page of up to 100) whose rows ``edit`` changes in place."""
        def route(_r: BaseHTTPRequestHandler) -> Answer:
            status, headers, body = self.rest_posts(1, 100)
            rows = json.loads(body)
            edit(rows)
            return status, headers, json.dumps(rows).encode()
        return route

    def rest_comments(self, page: int, per_page: int) -> Answer:
        chunk = self.comments[(page - 1) * per_page: page * per_page]
        if page > 1 and not chunk:
            return json_answer({"code": "rest_comment_invalid_page_number"}, status=400)
        rows = [{"id": c.wp_comment_id, "post": c.wp_post_id, "parent": c.parent, "author_name": c.author,
                 "author_url": "", "date_gmt": c.date_gmt, "status": "approved", "type": "comment",
                 "content": {"rendered": f"<p>{c.text}</p>"}} for c in chunk]
        return json_answer(rows, total=len(self.comments),
                           pages=max(1, math.ceil(len(self.comments) / per_page)))

    # ------------------------------------------------------------------ routing
    def respond(self, request: BaseHTTPRequestHandler) -> Answer:
        with self.lock:
            self.hits.append(request.path)
        parts = urlsplit(request.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        route = self.routes.get(request.path) or self.routes.get(parts.path)
        if route is not None:
            return route(request)
        path = parts.path
        if "rest_route" in query:
            path = "/wp-json" + query["rest_route"]
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /wp-admin/\n"
        if path == "/":
            return html_answer(self.listing_html(1))
        if path.startswith("/wp-json/"):
            if not self.rest:
                return 403, {"Content-Type": "text/html"}, b"<h1>403 Forbidden</h1>"
            page, per_page = int(query.get("page", 1)), int(query.get("per_page", 10))
            if path == "/wp-json/wp/v2/posts":
                return self.rest_posts(page, per_page)
            if path == "/wp-json/wp/v2/comments":
                return self.rest_comments(page, per_page)
        if path == "/feed/":
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, self.feed_xml(int(query.get("paged", 1)))
        if path.startswith("/page/"):
            page = int(path.strip("/").split("/")[1])
            if (page - 1) * LISTING_SIZE >= self.posts:
                return html_answer(b"<html><body>Not found</body></html>", status=404)
            return html_answer(self.listing_html(page))
        for i in range(1, self.posts + 1):
            if path == post_path(i):
                return html_answer(self.post_html(i))
        return html_answer(b"<html><body>Not found</body></html>", status=404)

    def count(self, prefix: str) -> int:
        with self.lock:
            return sum(1 for h in self.hits if h.startswith(prefix))


def html_answer(body: bytes, status: int = 200, charset: str = "utf-8") -> Answer:
    return status, {"Content-Type": f"text/html; charset={charset}"}, body


def json_answer(data: object, status: int = 200, total: int | None = None, pages: int | None = None) -> Answer:
    headers = {"Content-Type": "application/json; charset=UTF-8"}
    if total is not None:
        headers["X-WP-Total"] = str(total)
    if pages is not None:
        headers["X-WP-TotalPages"] = str(pages)
    return status, headers, json.dumps(data).encode()


@contextmanager
def serve(site: HostileSite) -> Iterator[HostileSite]:
    """Serve ``site`` on a free loopback port for the ``with`` block."""
    with loopback_site(site.respond) as url:
        site.url = url
        yield site
