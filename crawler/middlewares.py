"""Downloader middlewares: the crawl policy (host, traps, request cap) and Retry-After-aware retries."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from email.utils import parsedate_to_datetime
from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.urls import host_of, trap_reason

logger = logging.getLogger(__name__)


class PolicyRefused(IgnoreRequest):
    """A request the crawl policy refused; ``reason`` goes to the drop log."""

    def __init__(self, reason: str, url: str):
        super().__init__(f"{reason}: {url}")
        self.reason = reason


class CrawlPolicyMiddleware:
    """Refuses requests to other hosts, trap URLs and anything past the per-run request cap.

    The spider already avoids these; this is the safety net that makes the rule hold for every request,
    redirects included (RedirectMiddleware re-enters the chain from the top).
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.max_requests = crawler.settings.getint("WPARCHIVE_MAX_REQUESTS")
        self.sent = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        url = request.url
        allowed = getattr(spider, "allowed_hosts", None)
        is_media = "media_kind" in request.meta  # an image or requisite of a harvested post (crawler/media.py)
        is_allowed_host = allowed is None or host_of(url) in allowed or \
            (is_media and host_of(url) in getattr(spider, "media_hosts", ()))
        if url.endswith("/robots.txt") and is_allowed_host:
            return None  # robots.txt is fetched for every allowed host by RobotsTxtMiddleware
        if not is_allowed_host:  # a redirect to another host: not even its robots.txt is asked for
            self._refuse("offsite", url)
        # A URL discovery listed as a post (or one of its comment pages) is no trap, whatever its slug says.
        reason = None if request.meta.get("listed_post") else trap_reason(url)
        if reason is not None:
            self._refuse("trap", url, reason)
        if is_media:
            return None  # media has its own caps (WPARCHIVE_MEDIA_*): it never makes a run look incomplete
        if self.sent >= self.max_requests:
            self._refuse("request_cap", url, f"cap of {self.max_requests} requests reached")
        self.sent += 1
        return None

    def _refuse(self, reason: str, url: str, detail: str | None = None) -> None:
        self.crawler.stats.inc_value(f"wparchive/refused/{reason}")
        writer = getattr(self.crawler, "wparchive_run_writer", None)
        if writer is not None:
            writer.record_drop(url=url, reason=f"refused_{reason}", detail=detail)
        raise PolicyRefused(reason, url)


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429/503 with ``Retry-After`` waits that long (capped) before the retry."""

    def __init__(self, settings, max_wait: float):  # type: ignore[no-untyped-def]
        super().__init__(settings)
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        o = cls(crawler.settings, crawler.settings.getfloat("WPARCHIVE_MAX_RETRY_AFTER"))
        o.crawler = crawler
        return o

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if response.status in (429, 503) and not request.meta.get("dont_retry", False):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait:
                self.crawler.stats.inc_value("wparchive/retry_after_waits")
                await asyncio.sleep(min(wait, self.max_wait))
        return super().process_response(request, response)


def retry_after_seconds(value: bytes | None) -> float | None:
    """``Retry-After`` as seconds: a delay in seconds, or an HTTP date (measured from now)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
