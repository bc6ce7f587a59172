"""Bad input for the crawler: each case ends with a clear message and a non-zero exit, or a recorded drop.

The sites here are tiny hand-made servers on 127.0.0.1 — each stands for one failure, not for WordPress.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from crawler.run import crawl_in_subprocess
from tests.loopback import Answer, loopback_site

Route = Callable[[BaseHTTPRequestHandler], Answer]

WP_HOME = (b'<html lang="sv-SE"><head><link rel="https://api.w.org/" href="http://HOST/wp-json/">'
           b'<link rel="stylesheet" href="/wp-content/themes/x/style.css"></head><body class="home blog">'
           b'<article id="post-7" class="post-7 post type-post"><h2 class="entry-title">'
           b'<a href="http://HOST/2024/01/02/hej/">Hej</a></h2></article></body></html>')


@pytest.fixture
def site() -> Iterator[Callable[[dict[str, Route]], str]]:
    """Start loopback HTTP servers answering from a path → handler table; yields a factory returning a URL."""
    with ExitStack() as servers:

        def start(routes: dict[str, Route]) -> str:
            def respond(request: BaseHTTPRequestHandler) -> Answer:
                route = routes.get(request.path) or routes.get(request.path.split("?")[0]) or routes.get("*")
                status, headers, body = route(request) if route else (404, {}, b"not found")
                return status, headers, body.replace(b"HOST", f"127.0.0.1:{request.server.server_port}".encode())

            return servers.enter_context(loopback_site(respond))

        yield start


def html(body: bytes, status: int = 200, charset: str = "utf-8") -> Route:
    return lambda _req: (status, {"Content-Type": f"text/html; charset={charset}"}, body)


def stats_of(run_dir: Path) -> dict:
    return json.loads((run_dir / "stats.json").read_text())


def test_non_wordpress_site_fails_clearly(site, tmp_path: Path) -> None:
    url = site({"/": html(b"<html><body><h1>Just a static page</h1></body></html>"),
                "/robots.txt": html(b"")})
    result = crawl_in_subprocess(url, tmp_path, profile="fast", timeout=120)
    assert result.error and "does not look like a WordPress site" in result.error
    assert stats_of(tmp_path)["fatal"] == result.error


def test_unreachable_host_fails_clearly(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = crawl_in_subprocess(f"http://127.0.0.1:{port}/", tmp_path, profile="fast", timeout=120)
    assert result.error and "unreachable" in result.error


def test_robots_txt_forbidding_everything_is_obeyed(site, tmp_path: Path) -> None:
    seen: list[str] = []

    def home(req: BaseHTTPRequestHandler):
        seen.append(req.path)
        return 200, {"Content-Type": "text/html"}, WP_HOME

    url = site({"/robots.txt": lambda _r: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n"),
                "*": home})
    result = crawl_in_subprocess(url, tmp_path, profile="fast", timeout=120)
    assert result.error and "robots.txt" in result.error
    assert seen == []  # not one page was requested


def test_server_error_storm_fails_with_the_status(site, tmp_path: Path) -> None:
    url = site({"/robots.txt": html(b""), "*": html(b"oops", status=500)})
    result = crawl_in_subprocess(url, tmp_path, profile="fast", timeout=120)
    assert result.error and "500" in result.error


def test_oversized_and_broken_post_pages_become_drops(site, tmp_path: Path) -> None:
    """A 10 MB page is refused and a page that isn't a post is dropped, each with a reason; the run goes on."""
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b'<item><title>Big</title><link>http://HOST/2024/01/01/big/</link><guid>http://HOST/?p=1</guid>'
            b'<pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate></item>'
            b'<item><title>Broken</title><link>http://HOST/2024/01/02/broken/</link><guid>http://HOST/?p=2</guid>'
            b'<pubDate>Tue, 02 Jan 2024 10:00:00 +0000</pubDate></item>'
            b'<item><title>Ok</title><link>http://HOST/2024/01/03/ok/</link><guid>http://HOST/?p=3</guid>'
            b'<pubDate>Wed, 03 Jan 2024 10:00:00 +0000</pubDate></item></channel></rss>')
    ok_post = ('<html lang="sv-SE"><head><meta charset="iso-8859-1"><link rel="stylesheet" href="/wp-content/a.css">'
               '</head><body class="post-template-default single single-post postid-3">'
               '<article id="post-3" class="post-3 post type-post status-publish"><h1 class="entry-title">'
               'Räksmörgås på ön</h1><div class="entry-content"><p>Åtta älgar äter ärtor.</p></div></article>'
               '</body></html>').encode("iso-8859-1")
    url = site({
        "/": html(WP_HOME),
        "/robots.txt": html(b""),
        "/wp-json/wp/v2/posts": html(b"forbidden", status=403),
        "/feed/": lambda _r: (200, {"Content-Type": "application/rss+xml"}, feed),
        "/2024/01/01/big/": html(b"<html>" + b"x" * (10 * 1024 * 1024) + b"</html>"),
        "/2024/01/02/broken/": html(b"\x00\xff<<<not html at all"),
        "/2024/01/03/ok/": html(ok_post, charset="iso-8859-1"),
    })
    result = crawl_in_subprocess(url, tmp_path, profile="fast", timeout=180)
    assert result.error is None, result.error
    drops = [json.loads(line) for line in (tmp_path / "drops.jsonl").read_text().splitlines()]
    reasons = {d["url"].rstrip("/").rsplit("/", 1)[-1]: d["reason"] for d in drops}
    assert reasons.get("big") == "download_failed"
    assert reasons.get("broken") == "not_a_post"
    posts = [json.loads(line) for line in (tmp_path / "posts.jsonl").read_text().splitlines()]
    assert [p["title"] for p in posts] == ["Räksmörgås på ön"]
    assert "Åtta älgar äter ärtor." in posts[0]["body_text"]
    assert stats_of(tmp_path)["drops"]["not_a_post"] == 1
