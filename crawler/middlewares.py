"""Middlewares: the crawl policy (host, traps, request cap), Retry-After-aware retries with a per-site circuit
breaker, robots.txt read as RFC 9309 says, and the spider middleware that turns a callback's exception into a drop
row instead of a lost page."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.internet.defer import Deferred

from crawler.politeness import honour_crawl_delay
from crawler.urls import forbidden_reason, host_of, redirect_changed_path, trap_reason

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
        is_media = "media_kind" in request.meta  # an image or requisite of a harvested post (crawler/media.py)
        is_allowed_host = is_site_url(self.crawler, url) or \
            (is_media and host_of(url) in getattr(spider, "media_hosts", ()))
        if url.endswith("/robots.txt") and is_allowed_host:
            return None  # robots.txt is fetched for every allowed host by RobotsTxtMiddleware
        if not is_allowed_host:  # a redirect to another host: not even its robots.txt is asked for
            refuse(self.crawler, "offsite", url)
        # A URL discovery listed as a post (or one of its comment pages) is no trap, whatever its slug says; where
        # it redirects is, unless the path stays the same (http → https, another host name): a post that sends
        # the crawl to wp-login.php is a failed download, not a page to read.
        # Log-in, admin and posting endpoints are refused whoever lists them.
        reason = forbidden_reason(url) or (None if request.meta.get("listed_post") and
                                           redirect_changed_path(request.meta.get("redirect_urls"), url) is None
                                           else trap_reason(url))
        if reason is not None:
            refuse(self.crawler, "trap", url, reason)
        if is_media:
            return None  # media has its own caps (WPARCHIVE_MEDIA_*): it never makes a run look incomplete
        if self.sent >= self.max_requests:
            refuse(self.crawler, "request_cap", url, f"cap of {self.max_requests} requests reached")
        self.sent += 1
        return None


def refuse(crawler: Crawler, reason: str, url: str, detail: str | None = None) -> None:
    """Refuse a request: counted, a ``refused_<reason>`` drop row, and ``PolicyRefused`` for its errback."""
    crawler.stats.inc_value(f"wparchive/refused/{reason}")
    writer = getattr(crawler, "wparchive_run_writer", None)
    if writer is not None:
        writer.record_drop(url=url, reason=f"refused_{reason}", detail=detail)
    raise PolicyRefused(reason, url)


def is_site_url(crawler: Crawler, url: str) -> bool:
    """Is ``url`` on one of the hosts of the blog being crawled (all of them for a spider that names none)?"""
    allowed = getattr(crawler.spider, "allowed_hosts", None)
    return allowed is None or host_of(url) in allowed


THROTTLED = (429, 503)  # "too many requests", "unavailable": the answers Retry-After comes with


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429/503 with ``Retry-After`` waits that long (capped) before the retry; and a
    per-site circuit breaker: after ``WPARCHIVE_MAX_THROTTLED_IN_A_ROW`` 429/503 answers in a row from the blog's
    hosts, the site's crawl is cut short instead of waiting out every post's retries (hours, for a site that
    answers 429 with ``Retry-After: 3600`` to everything). Waiting retries give up at once, answers in flight
    reach their errbacks as they are (drop rows naming the posts), every later request to the site is refused
    (``refused_site_throttled``), and a truncating stop makes the run incomplete: nothing it missed reads as
    deleted."""

    def __init__(self, settings, max_wait: float, max_throttled: int,  # type: ignore[no-untyped-def]
                 max_failed: int = 0):
        super().__init__(settings)
        self.max_wait = max_wait
        self.max_throttled = max_throttled  # 0: never cut short
        self.max_failed = max_failed  # downloads that time out or lose their connection; 0: never cut short
        self.throttled_in_a_row = 0
        self.failed_in_a_row = 0
        self.cut_short: str | None = None  # why the site's crawl was cut short
        self.cut_short_event = asyncio.Event()  # wakes the retries waiting out a Retry-After

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        o = cls(crawler.settings, crawler.settings.getfloat("WPARCHIVE_MAX_RETRY_AFTER"),
                crawler.settings.getint("WPARCHIVE_MAX_THROTTLED_IN_A_ROW"),
                crawler.settings.getint("WPARCHIVE_MAX_FAILED_IN_A_ROW"))
        o.crawler = crawler
        return o

    def process_request(self, request: Request) -> None:
        if self.cut_short is not None and is_site_url(self.crawler, request.url):
            refuse(self.crawler, "site_throttled", request.url, self.cut_short)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        is_site = is_site_url(self.crawler, request.url)
        if is_site:
            self._count(response.status, request.url)
        if response.status in THROTTLED and not request.meta.get("dont_retry", False):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait and self.cut_short is None:
                self.crawler.stats.inc_value("wparchive/retry_after_waits")
                try:
                    await asyncio.wait_for(self.cut_short_event.wait(), min(wait, self.max_wait))
                except asyncio.TimeoutError:
                    pass
            if is_site and self.cut_short is not None:
                return response  # no retry: the callback's errback names what is lost
        return super().process_response(request, response)

    def process_exception(self, request: Request, exception: Exception, spider=None):  # type: ignore[no-untyped-def]
        """A download that timed out or lost its connection counts towards the second breaker: a site whose every
        page stalls (2 KB, then nothing) costs a timeout and retries per post, hours for a big blog."""
        if is_site_url(self.crawler, request.url) and isinstance(exception, self.exceptions_to_retry):
            self.failed_in_a_row += 1
            if self.cut_short is None and self.max_failed and self.failed_in_a_row >= self.max_failed:
                self._cut_short(f"{self.failed_in_a_row} downloads in a row failed (the last "
                                f"{exception.__class__.__name__} for {request.url}): the site's crawl was cut short",
                                request.url)
            if self.cut_short is not None:
                return None  # no retry: the errback names what is lost
        return super().process_exception(request, exception)

    def _count(self, status: int, url: str) -> None:
        self.failed_in_a_row = 0  # an answer came
        if status not in THROTTLED:
            self.throttled_in_a_row = 0
            return
        self.throttled_in_a_row += 1
        if self.cut_short is not None or not self.max_throttled or self.throttled_in_a_row < self.max_throttled:
            return
        self._cut_short(f"{self.throttled_in_a_row} answers in a row were HTTP 429/503 (the last {status} for "
                        f"{url}): the site's crawl was cut short", url)

    def _cut_short(self, why: str, url: str) -> None:
        self.cut_short = why
        self.cut_short_event.set()
        self.crawler.stats.set_value("wparchive/site_throttled", 1)
        bounds = getattr(self.crawler.spider, "bounds", None)
        if bounds is not None:  # a truncating stop: the run is not complete (stats.json discovery.stops)
            bounds.stop("site", self.cut_short, url=url, is_truncating=True)
        logger.warning("wparchive: %s", self.cut_short, extra={"crawler": self.crawler})


def retry_after_seconds(value: bytes | None) -> float | None:
    """``Retry-After`` as seconds: a delay in seconds, or an HTTP date (measured from now)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" (RFC 5322's "zone unknown") parses as a naive time: read it as UTC
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


# RFC 9309 2.5: a crawler may stop parsing a robots.txt after a limit of at least 500 KiB (Google's limit too). Past
# it, Protego's per-rule regexes make every check slow: 100,000 rules took 4.5 s to parse and 0.13 s per URL.
MAX_ROBOTS_TXT_BYTES = 500 * 1024


class RobotsTxtUnavailable(IgnoreRequest):
    """A request refused because the host's robots.txt could not be read (a 5xx or 429 after the retries, a
    network error): RFC 9309 2.3.1.4 says to assume complete disallow."""

    def __init__(self, why: str):
        super().__init__(f"robots.txt {why}: RFC 9309 says to assume every page is disallowed")


@dataclass
class _Unreadable:
    """The parser slot of a host whose robots.txt could not be read."""

    why: str


class RobotsTxtRfc9309Middleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with RFC 9309's error rules: a 5xx (or 429) robots.txt or one that can't be
    fetched disallows the whole host (Scrapy would parse the error page and allow everything), a 4xx allows it,
    and only the first ``MAX_ROBOTS_TXT_BYTES`` are parsed."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._unreadable(netloc, f"answered HTTP {response.status}")
            return
        body = b"" if response.status >= 400 else response.body
        if len(body) > MAX_ROBOTS_TXT_BYTES:
            self._stats.inc_value("wparchive/robotstxt/truncated")
            body = body[:MAX_ROBOTS_TXT_BYTES].rsplit(b"\n", 1)[0]  # whole lines only
        await super()._parse_robots(response.replace(body=body), netloc, request)
        parser = self._parsers.get(netloc)
        if hasattr(parser, "crawl_delay"):
            agent = self._robotstxt_useragent or self._default_useragent
            honour_crawl_delay(self.crawler, netloc, parser.crawl_delay(agent))

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest):  # refused by our own policy (a redirect off the host): unavailable
            super()._robots_error(exc, netloc)
            return
        self._unreadable(netloc, f"is unreachable ({exc.__class__.__name__}: {exc})")

    def _unreadable(self, netloc: str, why: str) -> None:
        self._stats.inc_value("wparchive/robotstxt/unreadable")
        waiting = self._parsers[netloc]
        self._parsers[netloc] = _Unreadable(why)  # type: ignore[assignment]
        if isinstance(waiting, Deferred):
            waiting.callback(self._parsers[netloc])

    def process_request_2(self, rp: object, request: Request) -> None:
        if isinstance(rp, _Unreadable):
            self._stats.inc_value("robotstxt/forbidden")
            raise RobotsTxtUnavailable(rp.why)
        super().process_request_2(rp, request)  # type: ignore[arg-type]


class CallbackFailureMiddleware:
    """Spider middleware: a callback that raises (a page no page object foresaw) is handed to the spider's
    ``callback_failed``, which names what was lost in a drop row (a post, a comment page) or records a truncating
    stop (a discovery page), instead of Scrapy's logged traceback and a post that silently never arrives."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> list[object] | None:
        handle = getattr(self.crawler.spider, "callback_failed", None)
        if handle is None:
            return None
        self.crawler.stats.inc_value(f"wparchive/callback_failed/{exception.__class__.__name__}")
        logger.warning("reading %s failed", response.url, exc_info=exception,  # the traceback goes to crawl.log
                       extra={"crawler": self.crawler})
        return list(handle(response, exception))
