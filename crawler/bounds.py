"""Bounds that come from the site's own answers: which REST page counts to believe, when a listing or feed stops,
per-discovery-source request budgets, and the downloader middleware that turns redirect loops and truncated bodies
into failures with a reason (the spider's errbacks make them drop rows naming the post); and the field-level
check that lets a garbage date from one source fall back to the next instead of losing the post.

Every stop is recorded (``DiscoveryBounds.stops`` → ``stats.json`` ``discovery.stops``) with its reason; a stop
that may have hidden posts (a depth or budget reached, a failing or repeating REST page) is marked
``is_truncating`` so the loader never reads the posts it hid as deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import zlib
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler.urls import normalise_url

logger = logging.getLogger(__name__)

# Discovery callbacks → the source whose budget they spend (the spider names no sources itself).
SOURCE_OF_CALLBACK = {
    "parse_rest_posts_page": "rest_posts",
    "parse_rest_posts_part": "rest_posts",
    "parse_rest_comments_page": "rest_comments",
    "parse_robots_sitemaps": "sitemap",
    "parse_sitemap_doc": "sitemap",
    "parse_feed_page": "feed",
    "parse_listing_page": "listing",
    "parse_category_page": "category",
    "parse_names_page": "rest_names",
}
# Requests each discovery source may spend in one run. 1,000 REST pages of 100 are 100,000 posts; 500 feed or
# listing pages of 10 are 5,000 posts (5,000 category archive pages, summed over the categories, walked only
# without REST); a trap in one source cannot starve the others or the harvest. Comment
# pages (``comment-page-N``, read when REST is closed) have their own budget: a trap there can't eat the posts'.
DEFAULT_SOURCE_BUDGETS = {"rest_posts": 1000, "rest_comments": 5000, "sitemap": 200, "feed": 500, "listing": 500,
                          "category": 5000, "comment_pages": 5000, "rest_names": 300}
# How deep a feed (?paged=N) or a chain of listing pages (/page/N/) is followed, at most.
MAX_LISTING_DEPTH = 500
# REST pages requested ahead of the last one answered: keeps REST discovery concurrent while a site that lies
# about its page count costs at most this many wasted requests after the first 400/404.
REST_WINDOW = 8
REDIRECT_CODES = (301, 302, 303, 307, 308)


class BoundReached(IgnoreRequest):
    """A request refused or a response rejected by a bound; ``reason`` is the drop reason."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class Stop:
    """Why one discovery source stopped."""

    source: str
    reason: str
    page: int | None = None
    url: str | None = None
    is_truncating: bool = False  # may have hidden posts: the run is not complete


def believable_last_page(total: str | None, total_pages: str | None, page_size: int) -> tuple[int | None, str | None]:
    """The last page of a REST listing: ``X-WP-TotalPages`` only when it agrees with ``X-WP-Total`` and the page
    size; else the page count ``X-WP-Total`` implies; None when neither is a number (read page by page until a
    short, empty, failing or repeated page). Returns (last page, a note when a header was not believed)."""
    count = int(total) if total and total.strip().isdigit() else None
    pages = int(total_pages) if total_pages and total_pages.strip().isdigit() else None
    if count is None:
        note = f"X-WP-TotalPages {total_pages!r} without a numeric X-WP-Total: paged until the listing ends" \
            if total_pages else None
        return None, note
    implied = max(1, math.ceil(count / page_size))
    # (WordPress sends X-WP-TotalPages 0 for an empty listing: that agrees with X-WP-Total 0)
    if pages is not None and pages != implied and not (count == 0 and pages == 0):
        return implied, f"X-WP-TotalPages {pages} disagrees with X-WP-Total {count} at {page_size} a page: read {implied}"
    return implied, None


@dataclass
class RestPager:
    """One REST listing (posts or comments) read page by page, a few pages ahead of the answers."""

    source: str
    page_size: int
    last_page: int | None
    requested: int = 1
    seen_ids: set[Any] = field(default_factory=set)
    stopped: bool = False
    total: int | None = None  # X-WP-Total, when a number
    probe: int | None = None  # a page asked for past the headers' last one, which came full

    def next_pages(self, budget: int, answered: int) -> list[int]:
        """Pages to request now: up to ``REST_WINDOW`` past the page just answered, none once stopped or past the
        last page or the budget."""
        if self.stopped:
            return []
        limit = answered + REST_WINDOW if self.last_page is None else min(self.last_page, answered + REST_WINDOW)
        limit = min(limit, budget)
        pages = list(range(self.requested + 1, limit + 1))
        self.requested = max(self.requested, limit)
        return pages


class DiscoveryBounds:
    """The bounds of one crawl's discovery: per-source budgets, listing depth, REST pagers, and the stops."""

    def __init__(self, budgets: dict[str, int] | None = None, max_depth: int = MAX_LISTING_DEPTH,
                 log_extra: dict[str, Any] | None = None):
        self.budgets = dict(DEFAULT_SOURCE_BUDGETS, **(budgets or {}))
        self.log_extra = log_extra or {}  # ties its log lines to one crawl (crawler/logs.py: one crawl.log each)
        self.max_depth = max_depth
        self.spent: dict[str, int] = {}
        self.stops: list[dict[str, Any]] = []  # stats.json: discovery.stops
        self.pagers: dict[str, RestPager] = {}
        self.listed: dict[str, set[str]] = {}  # source → post URLs it listed so far
        self.depth: dict[str, int] = {}

    def configure(self, budgets: dict[str, int] | None, max_depth: int | None) -> None:
        """Settings ``WPARCHIVE_SOURCE_BUDGETS`` (merged over the defaults) and ``WPARCHIVE_MAX_LISTING_DEPTH``."""
        self.budgets.update(budgets or {})
        self.max_depth = max_depth or self.max_depth

    # ---- budgets (spent by the middleware, for every request a discovery source sends)
    def spend(self, source: str, url: str) -> None:
        budget = self.budgets.get(source)
        if budget is None:
            return
        if self.spent.get(source, 0) >= budget:
            self.stop(source, f"request budget of {budget} spent", url=url, is_truncating=True, once=True)
            raise BoundReached("budget_spent", f"{source}: request budget of {budget} spent: {url}")
        self.spent[source] = self.spent.get(source, 0) + 1

    def stop(self, source: str, reason: str, *, page: int | None = None, url: str | None = None,
             is_truncating: bool = False, once: bool = False) -> None:
        if once and any(s["source"] == source and s["reason"] == reason for s in self.stops):
            return
        self.stops.append(vars(Stop(source, reason, page, url, is_truncating)))
        logger.info("discovery: %s stopped: %s", source, reason, extra=self.log_extra)

    def is_stopped(self, source: str) -> bool:
        pager = self.pagers.get(source)
        return pager is not None and pager.stopped

    # ---- REST listings
    def start_rest(self, source: str, total: str | None, total_pages: str | None, page_size: int,
                   first_ids: list[Any]) -> list[int]:
        """Page 1 of a REST listing arrived: remember what to believe; returns the next pages to request."""
        last, note = believable_last_page(total, total_pages, page_size)
        if note:
            self.stop(source, note, page=1)  # not a stop of the listing, a header not believed: recorded alike
        pager = self.pagers[source] = RestPager(source, page_size, last, seen_ids=set(first_ids),
                                                total=int(total) if total and total.strip().isdigit() else None)
        if last is None and len(first_ids) < page_size:
            pager.stopped = True  # a short first page is the whole listing
            return []
        self._read_past_a_full_last_page(pager, 1, len(first_ids))
        return pager.next_pages(self.budgets.get(source, 10**9), 1)

    def _read_past_a_full_last_page(self, pager: RestPager, page: int, rows: int) -> None:
        """The page the headers call the last one came full: they may be stale (a cache kept the headers of a
        smaller blog), so the listing is read on until a short, empty or refused page, at one request's cost."""
        if pager.last_page is not None and page >= pager.last_page and rows >= pager.page_size:
            if pager.probe is None:
                self.stop(pager.source, f"page {page}, the last by X-WP-Total {pager.total}, is full: read on",
                          page=page)
            pager.last_page = pager.probe = page + 1  # one page at a time: the honest blog's cost is one 400

    def rest_page(self, source: str, page: int, ids: list[Any]) -> list[int]:
        """A later REST page arrived with these ids: stop at an empty or repeated page; else the next pages."""
        pager = self.pagers.get(source)
        if pager is None or pager.stopped:
            return []
        if not ids:
            self._stop_pager(pager, f"page {page} is empty", page, is_truncating=pager.last_page is not None
                             and page <= pager.last_page and page != pager.probe)
            return []
        if set(ids) <= pager.seen_ids:
            self._stop_pager(pager, f"page {page} repeats earlier pages", page, is_truncating=True)
            return []
        pager.seen_ids.update(ids)
        if pager.last_page is None and len(ids) < pager.page_size:
            pager.stopped = True  # a short page ends a listing whose length was not believed
            return []
        self._read_past_a_full_last_page(pager, page, len(ids))
        return pager.next_pages(self.budgets.get(source, 10**9), page)

    def rest_shortfall(self, source: str) -> tuple[int, int] | None:
        """(distinct ids seen, X-WP-Total) when a REST listing, read to its end, gave fewer distinct items than it
        counts: its pages overlapped (MySQL orders rows with equal dates as it likes, so posts imported with one date
        can move between pages and some never show), or the listing changed while it was read."""
        pager = self.pagers.get(source)
        if pager is None or pager.total is None or len(pager.seen_ids) >= pager.total:
            return None
        if any(s["source"] == source and s.get("is_truncating") for s in self.stops):
            return None  # already known to be cut short, and said why
        return len(pager.seen_ids), pager.total

    def rest_seen(self, source: str, ids: list[Any]) -> None:
        """Items of a REST listing read outside its paging (a page re-read in smaller pages)."""
        pager = self.pagers.get(source)
        if pager is not None:
            pager.seen_ids.update(ids)

    def rest_skipped(self, source: str, page: int) -> list[int]:
        """A later REST page was unreadable (recorded elsewhere as a drop or failure): paging goes on past it."""
        pager = self.pagers.get(source)
        return [] if pager is None else pager.next_pages(self.budgets.get(source, 10**9), page)

    def rest_failed(self, source: str, page: int, status: int | str) -> None:
        """A later REST page answered 400/404 (or failed): the listing ends there."""
        pager = self.pagers.get(source)
        if pager is None or pager.stopped:
            return
        self._stop_pager(pager, f"page {page} answered {status}", page,
                         is_truncating=pager.last_page is not None and page <= pager.last_page and page != pager.probe)

    def _stop_pager(self, pager: RestPager, reason: str, page: int, *, is_truncating: bool) -> None:
        pager.stopped = True
        self.stop(pager.source, reason, page=page, is_truncating=is_truncating)

    # ---- feeds and listing pages (followed one page at a time)
    def seed_listing(self, source: str, post_urls: list[str]) -> None:
        """The first page of a listing was read elsewhere (the home page is the first listing page)."""
        self.listed.setdefault(source, set()).update(normalise_url(u) for u in post_urls)
        self.depth[source] = max(self.depth.get(source, 0), 1)

    def follow_listing(self, source: str, page_url: str, post_urls: list[str]) -> bool:
        """A feed or listing page listed these posts: follow its next page? No at the first page that adds no
        post this source hadn't listed, and at ``max_depth`` pages."""
        listed = self.listed.setdefault(source, set())
        new = {normalise_url(u) for u in post_urls} - listed
        depth = self.depth[source] = self.depth.get(source, 0) + 1
        if not new:
            self.stop(source, f"page {depth} adds no new post", page=depth, url=page_url)
            return False
        listed |= new
        if depth >= self.max_depth:
            self.stop(source, f"depth limit of {self.max_depth} pages reached", page=depth, url=page_url,
                      is_truncating=True)
            return False
        return True


# A public post dated later than this after it was fetched has a wrong date, not a future: WordPress shows no
# scheduled post to the public (the warehouse's posts_not_public check, an error, would stop the whole run for it).
FUTURE_SLACK = dt.timedelta(days=1)


# the earliest time the archive believes: the page reading's own bound (crawler/pages/dates.py); REST has served
# 1970-01-01, a zero timestamp, for a post its page dates 2024
EARLIEST_TIME = dt.datetime(1990, 1, 1)


def is_usable_time(value: str | None, fetched_at: str | None = None) -> bool:
    """Is this an ISO 8601 time or date a later step can read, not before 1990, and (given the fetch time) not in the
    future? (REST has served ``"date_gmt": "not-a-date"`` and 1970-01-01, a feed ``<pubDate>Fri, 31 Dec 9999 …``.)"""
    if not isinstance(value, str):
        return False
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    if when.replace(tzinfo=None) < EARLIEST_TIME:
        return False
    if fetched_at is None:
        return True
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    try:
        return when <= dt.datetime.fromisoformat(fetched_at) + FUTURE_SLACK
    except OverflowError:  # year 9999 with a negative UTC offset: past what datetime holds
        return False


# ---------------------------------------------------------------------------------------------------- middleware

def redirect_problem(response: Response, request: Request, max_hops: int) -> BoundReached | None:
    """A redirect that goes back to a URL of its own chain, or one hop too many."""
    location = response.headers.get(b"Location")
    if response.status not in REDIRECT_CODES or not location:
        return None
    target = urljoin(request.url, location.decode("latin-1").strip())
    chain = [*request.meta.get("redirect_urls", []), request.url]
    if normalise_url(target) in {normalise_url(u) for u in chain}:
        hops = " → ".join([*chain, target])
        return BoundReached("redirect_loop", f"redirect loop: {hops}")
    if len(chain) > max_hops:
        return BoundReached("too_many_redirects", f"more than {max_hops} redirects from {chain[0]} (last {target})")
    return None


def truncation(response: Response, max_size: int = 0) -> str | None:
    """Why a response body is incomplete, or None: shorter than its Content-Length (or the download saw the
    connection close early), or a gzip/deflate/br stream that ends before its end marker. At most ``max_size``
    bytes (``DOWNLOAD_MAXSIZE``) are decompressed to tell: a bomb past it is left to HttpCompressionMiddleware,
    which refuses it by the same limit."""
    body = response.body
    if "dataloss" in response.flags:
        return f"the connection closed after {len(body)} bytes, before the declared Content-Length"
    declared = response.headers.get(b"Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > len(body):
        return f"body is {len(body)} bytes, Content-Length declared {int(declared)}"
    encodings = [e.strip().lower() for v in response.headers.getlist(b"Content-Encoding") for e in v.split(b",")]
    if encodings and body and response.status == 200:
        return _stream_incomplete(encodings[-1], body, max_size or 1 << 62)
    return None


_CHUNK = 1 << 20


def _stream_incomplete(encoding: bytes, body: bytes, max_size: int) -> str | None:
    name = encoding.decode("latin-1")
    try:
        if encoding in (b"gzip", b"x-gzip"):
            ended = _zlib_ends(zlib.decompressobj(16 + zlib.MAX_WBITS), body, max_size)
        elif encoding == b"deflate":
            try:
                ended = _zlib_ends(zlib.decompressobj(zlib.MAX_WBITS), body, max_size)
            except zlib.error:  # raw deflate, as some servers send
                ended = _zlib_ends(zlib.decompressobj(-zlib.MAX_WBITS), body, max_size)
        elif encoding == b"br":
            ended = _brotli_ends(body, max_size)
        else:
            return None
    except (zlib.error, Exception) as exc:  # brotli.error is a plain Exception subclass
        return f"{name} body is corrupt ({exc})"
    return None if ended in (True, None) else f"{name} body ends before its end of stream (truncated)"


def _zlib_ends(decompressor: Any, body: bytes, max_size: int) -> bool | None:
    """Does the stream end? None when it is still going past ``max_size`` decompressed bytes."""
    data, size = body, 0
    while data and not decompressor.eof:
        size += len(decompressor.decompress(data, _CHUNK))  # output discarded: only whether the stream ends matters
        if size > max_size:
            return None
        data = decompressor.unconsumed_tail
    return decompressor.eof


def _brotli_ends(body: bytes, max_size: int) -> bool | None:
    import brotli

    decompressor = brotli.Decompressor()
    size = len(decompressor.process(body, output_buffer_limit=_CHUNK))
    while not decompressor.is_finished() and size <= max_size:
        chunk = decompressor.process(b"", output_buffer_limit=_CHUNK)
        if not chunk:
            break
        size += len(chunk)
    return None if size > max_size else decompressor.is_finished()


class BoundsMiddleware:
    """Spends each discovery source's request budget, and rejects redirect loops, too many redirects and
    truncated bodies before Scrapy follows or decompresses them (on responses it runs before
    RedirectMiddleware, 600, and HttpCompressionMiddleware, 590)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.max_hops = crawler.settings.getint("REDIRECT_MAX_TIMES", 20)
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        source = request.meta.get("source")
        bounds = getattr(self.crawler.spider, "bounds", None)
        if source and bounds is not None:
            try:
                bounds.spend(source, request.url)
            except BoundReached:
                self.crawler.stats.inc_value(f"wparchive/bounds/budget_spent/{source}")
                raise
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        problem = redirect_problem(response, request, self.max_hops)
        if problem is None:
            why = truncation(response, request.meta.get("download_maxsize", self.max_size))
            problem = BoundReached("truncated_body", f"truncated: {why}") if why else None
        if problem is not None:
            self.crawler.stats.inc_value(f"wparchive/bounds/{problem.reason}")
            raise problem
        return response
