"""Media harvest: fetch the images and page requisites each harvested post page shows, once per run, within caps.

The spider hands every post page it reads to ``MediaHarvest.requests_for``; this module decides which media to
request (the blog's own host, and WordPress.com's media hosts for WordPress.com blogs), enforces the caps (bytes
per file, files per post, media requests per run) and turns the answers into ``media_fetches.jsonl`` rows. The
WARC middleware archives every answer like any page, so replay can show the post with its pictures and styles.
Incremental runs fetch media only for the posts they re-fetch, because only those pages reach this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from scrapy import Request
from scrapy.http import Response
from w3lib.url import safe_url_string

from crawler.extensions import utc_now
from crawler.items import DropItem, MediaFetchItem, MediaItem, PostItem
from crawler.pages.media import extract_media, image_size, is_image_payload, stylesheet_refs
from crawler.urls import AVATAR_URL, host_of

# WordPress.com serves a blog's uploads and theme files from these hosts: they count as the blog's own.
WPCOM_MEDIA_HOST = re.compile(r"^(?:i[0-3]\.wp\.com|s[0-2]\.wp\.com|[\w-]+\.files\.wordpress\.com)$")
_FONT = re.compile(r"\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)", re.I)


# How deep stylesheets may import stylesheets (themes use one or two levels: a child theme's style.css importing its
# parent's, a font service's CSS)
MAX_CSS_DEPTH = 4

class MediaHarvest:
    """Per-crawl media state: URLs already requested, counts against the caps."""

    def __init__(self, spider: Any, settings: Any, describe_failure: Callable[[Any, str], str]):
        self.spider = spider
        self.describe_failure = describe_failure
        self.enabled = settings.getbool("WPARCHIVE_MEDIA_ENABLED")
        self.max_bytes = settings.getint("WPARCHIVE_MEDIA_MAX_BYTES")
        self.max_per_post = settings.getint("WPARCHIVE_MEDIA_MAX_PER_POST")
        self.max_requests = settings.getint("WPARCHIVE_MEDIA_MAX_REQUESTS")
        self.requested: set[str] = set()
        # Hosts media may come from besides the blog's own (WordPress.com's media hosts); the crawl policy
        # allows them for media requests only, never for pages or redirects.
        spider.media_hosts = set()

    @property
    def stats(self) -> Any:
        return self.spider.crawler.stats  # set only once the crawl starts

    def allowed(self, url: str) -> bool:
        host = host_of(url)
        if host == host_of(self.spider.site_url):
            return True
        is_wpcom = any(e.kind == "wpcom" for e in getattr(self.spider, "endpoints", [])) or \
            getattr(getattr(self.spider, "rest", None), "kind", None) == "wpcom"
        return bool(is_wpcom and WPCOM_MEDIA_HOST.match(host))

    def requests_for(self, response: Response, post: PostItem) -> Iterable[MediaItem | Request | DropItem]:
        """The media rows of one post page, and requests for the media this run has not asked for yet."""
        if not self.enabled or post.is_protected:
            return
        items = extract_media(response.body, response.url, post.body_html, _content_type(response))
        new_for_post = 0
        for item in items:
            # the address as the request will carry it (Scrapy percent-encodes spaces and non-ASCII letters, and
            # the fetch row is keyed by the request's address): the image row and its fetch then meet
            item.url = safe_url_string(item.url) if item.url else item.url
            url = item.url or ""
            if AVATAR_URL.search(url):
                continue  # an avatar (an author's, a commenter's): its URL carries a hash of an e-mail address
            item.site, item.post_url, item.wp_post_id, item.fetched_at = \
                self.spider.site_url, post.post_url, post.wp_post_id, post.fetched_at
            yield item
            if url in self.requested:
                continue
            if not self.allowed(url):
                self.stats.inc_value("wparchive/media/offsite")
                continue
            if new_for_post >= self.max_per_post:
                yield self._capped(url, "media_capped_per_post", post.post_url,
                                   f"more than {self.max_per_post} new media files on one post")
                continue
            request = self._request(url, item.kind, post.post_url)
            if request is not None:
                new_for_post += 1
                yield request
            else:
                yield self._capped(url, "media_capped_per_run", post.post_url,
                                   f"cap of {self.max_requests} media requests per run reached")

    def _request(self, url: str, kind: str, post_url: str | None, css_depth: int = 0) -> Request | None:
        if len(self.requested) >= self.max_requests:
            return None
        self.requested.add(url)
        self.spider.media_hosts.add(host_of(url))
        self.stats.inc_value("wparchive/media/requests")
        # Media waits behind pages (priority), and a too-large file is cut off, not stored half.
        return Request(url, callback=self.parse_media, errback=self.media_failed, priority=-10,
                       meta={"media_kind": kind, "post_url": post_url, "download_maxsize": self.max_bytes,
                             "handle_httpstatus_all": True, "dont_redirect": False, "css_depth": css_depth})

    def _capped(self, url: str, reason: str, post_url: str | None, detail: str) -> DropItem:
        self.stats.inc_value(f"wparchive/media/{reason}")
        return DropItem(site=self.spider.site_url, url=url, reason=reason, detail=post_url, error=detail,
                        fetched_at=utc_now())

    def parse_media(self, response: Response) -> Iterable[MediaFetchItem | Request | DropItem]:
        content_type = (_content_type(response) or "").split(";")[0].strip() or None  # without its parameters
        size = image_size(response.body) if response.status == 200 else None
        yield MediaFetchItem(site=self.spider.site_url, url=response.request.url if response.request else response.url,
                             status=response.status, content_type=content_type, byte_count=len(response.body),
                             width=size[0] if size else None, height=size[1] if size else None,
                             is_image=response.status == 200 and is_image_payload(response.body, content_type),
                             fetched_at=utc_now())
        post_url = response.meta.get("post_url")
        if response.status >= 400:
            yield DropItem(site=self.spider.site_url, url=response.url, reason=f"media_http_{response.status}",
                           detail=post_url, fetched_at=utc_now())
            return
        if response.meta.get("media_kind") == "stylesheet" or (content_type or "").endswith("/css"):
            depth = response.meta.get("css_depth", 0) + 1
            refs = [url for url in stylesheet_refs(response.body, response.url)
                    if url not in self.requested and self.allowed(url)]
            if refs and depth > MAX_CSS_DEPTH:
                # a chain of @imports deeper than any theme's (a stylesheet that imports a new address on every
                # fetch would take the run's whole media budget, 5,000 requests): named once, not followed
                yield self._capped(refs[0], "media_css_too_deep", post_url,
                                   f"stylesheets import stylesheets more than {MAX_CSS_DEPTH} levels deep")
                return
            for url in refs:
                if url not in self.requested:
                    request = self._request(url, "font" if _FONT.search(url) else "style_image", post_url, depth)
                    if request is None:
                        yield self._capped(url, "media_capped_per_run", post_url,
                                           f"cap of {self.max_requests} media requests per run reached")
                        return
                    yield request

    def media_failed(self, failure: Any) -> Iterable[DropItem]:
        request = failure.request
        reason = "media_too_large" if "maxsize" in str(failure.value).lower() or \
            failure.value.__class__.__name__ == "DownloadCancelledError" else "media_failed"
        self.stats.inc_value(f"wparchive/media/{reason}")
        yield DropItem(site=self.spider.site_url, url=request.url, reason=reason, detail=request.meta.get("post_url"),
                       error=self.describe_failure(failure, request.url), fetched_at=utc_now())


def _content_type(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None
