"""WordPress.com sites: discovery through the public API (public-api.wordpress.com/wp/v2/sites/<host>/…).

That host is out of reach here, so the test replays the test bed's own REST answers (the same wp/v2 schema) from a
loopback server at the public API's paths, and points the spider's API root at it.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from crawler.run import crawl_in_subprocess
from crawler.urls import host_of
from tests.loopback import Answer, loopback_site
from tests.wordpress import content as C
from tests.wordpress.testbed import Site

pytestmark = pytest.mark.wordpress


@pytest.fixture
def public_api(wordpress: Callable[[str], Site]) -> Iterator[tuple[Site, str, list[str]]]:
    """A loopback stand-in for public-api.wordpress.com serving tt1's REST answers under /wp/v2/sites/<host>/."""
    site = wordpress("tt1")
    site.reset()
    host = host_of(site.base_url)
    prefix = f"/wp/v2/sites/{host}/"
    seen: list[str] = []

    def respond(request: BaseHTTPRequestHandler) -> Answer:
        seen.append(request.path)
        if not request.path.startswith(prefix):
            return 404, {}, b""
        with urllib.request.urlopen(site.url("/wp-json/wp/v2/" + request.path[len(prefix):])) as upstream:
            body, upstream_headers = upstream.read(), upstream.headers
        headers = {name: upstream_headers[name] for name in ("Content-Type", "X-WP-Total", "X-WP-TotalPages")
                   if upstream_headers.get(name)}
        return 200, headers, body

    with loopback_site(respond) as base_url:
        yield site, base_url.rstrip("/") + prefix, seen


def test_wpcom_public_api_discovery(public_api: tuple[Site, str, list[str]], tmp_path: Path) -> None:
    site, api_root, seen = public_api
    result = crawl_in_subprocess(site.base_url + "/", tmp_path, profile="fast", api_root=api_root, timeout=300)
    assert result.error is None, result.error
    assert result.stats["discovery"]["rest"] == "wpcom"
    assert any(p.split("?")[0].endswith("/posts") for p in seen) and any("/comments" in p for p in seen)
    posts = [json.loads(line) for line in (tmp_path / "posts.jsonl").read_text().splitlines()]
    content = C.load_content()
    expected = {site.post_id(p["key"]) for p in C.public_posts(content)}
    assert expected <= {p["wp_post_id"] for p in posts}
    comments = [json.loads(line) for line in (tmp_path / "comments.jsonl").read_text().splitlines()]
    assert {c["source"] for c in comments if c["comment_type"] == "comment"} == {"rest"}
    # Nothing but the blog and the API host was asked for anything.
    requested = [json.loads(line)["url"] for line in (tmp_path / "requests.jsonl").read_text().splitlines()]
    assert {host_of(u) for u in requested} == {host_of(site.base_url), host_of(api_root)}
