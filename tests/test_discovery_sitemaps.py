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


def test_a_feed_with_relative_links_resolves_them_against_its_address() -> None:
    """Black-box round 9: a feed plugin printed "<link>/2024/01/10/inlagg-101/</link>"; without REST and sitemaps
    the 15 posts only the feed's later pages named were lost."""
    from crawler.pages.discovery import parse_feed

    feed = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>B</title><link>/</link>
<item><title>Ett</title><link>/2024/01/10/inlagg-101/</link><guid isPermaLink="false">/?p=101</guid>
<pubDate>Wed, 10 Jan 2024 08:00:00 +0000</pubDate></item></channel></rss>"""
    [ref] = parse_feed(feed, "https://blogg.example/feed/?paged=2")
    assert (ref.post_url, ref.wp_post_id) == ("https://blogg.example/2024/01/10/inlagg-101/", 101)
