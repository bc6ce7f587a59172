"""Sitemaps are read with Scrapy's own parser: gzipped sitemaps and relative robots.txt ``Sitemap:`` lines included
(both were lost before: a .xml.gz was "empty", a relative line ignored)."""

from __future__ import annotations

import gzip
import urllib.request
from collections.abc import Callable

import pytest

from crawler.pages.discovery import DiscoveryError, parse_sitemap, sitemap_urls_from_robots
from tests.wordpress import content as C
from tests.wordpress.testbed import EDGE_CONTENT, Site


@pytest.mark.wordpress
def test_a_real_sitemap_reads_the_same_gzipped(wordpress: Callable[[str], Site]) -> None:
    site = wordpress("edge-tt3-rest-blocked")
    index = urllib.request.urlopen(site.url("/wp-sitemap.xml")).read()
    children, pages = parse_sitemap(index)
    assert pages == [] and any("wp-sitemap-posts-post-1.xml" in c for c in children)
    posts_map = next(c for c in children if "wp-sitemap-posts-post-1.xml" in c)
    body = urllib.request.urlopen(posts_map).read()
    plain = parse_sitemap(body)
    assert parse_sitemap(gzip.compress(body)) == plain
    listed = {url for url, _lastmod in plain[1]}
    content = C.load_content(EDGE_CONTENT)
    assert {site.post_url(p["key"]) for p in C.public_posts(content)} <= listed


def test_relative_sitemap_lines_in_robots_txt_resolve_against_the_site() -> None:
    robots = b"User-agent: *\nDisallow: /wp-admin/\nSitemap: /sitemaps/posts.xml.gz\nsitemap: https://blog.example/s.xml\n"
    assert sitemap_urls_from_robots(robots, "https://blog.example/robots.txt") == [
        "https://blog.example/sitemaps/posts.xml.gz", "https://blog.example/s.xml"]


# mtime=0: the same bytes, so the same test id, in every pytest-xdist worker
@pytest.mark.parametrize("body", [b"", b"<html><body>Not found</body></html>", b"no xml",
                                  gzip.compress(b"x", mtime=0)[:6]])
def test_what_is_no_sitemap_says_so(body: bytes) -> None:
    with pytest.raises(DiscoveryError):
        parse_sitemap(body)
