"""The ``wordpress`` spider: routes requests through discovery, then harvests post pages and comment pages.

No selectors here: page objects in ``crawler.pages`` read every document. The crawl has two phases:

1. **Discovery** — the home page (is this WordPress? where is its REST API?), then the REST API (posts and
   approved comments), or, when it is blocked, sitemaps + feeds + listing pages together. When the crawl first
   runs out of requests (Scrapy's ``spider_idle``), every discovered post is known with the best metadata any
   source gave.
2. **Harvest** — each post's own page (evidence, the comment form, comments when REST is closed) and, without
   REST, its comment pages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin

from scrapy import Request, Spider, signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    DontCloseSpider,
    IgnoreRequest,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from crawler.bounds import (
    SOURCE_OF_CALLBACK,
    BoundReached,
    DiscoveryBounds,
    believable_last_page,
    is_usable_time,
)
from crawler.extensions import utc_now
from crawler.incremental import CrawlState, plan_harvest
from crawler.items import AgreementItem, CommentFormItem, CommentItem, DiscoveredPostItem, DropItem, PostItem
from crawler.media import MediaHarvest
from crawler.middlewares import PolicyRefused, RobotsTxtUnavailable
from crawler.pages.agreement import compare
from crawler.pages.discovery import (
    REST_POST_FIELDS,
    DiscoveryError,
    PostRef,
    RestPost,
    parse_feed,
    parse_rest_comments,
    parse_rest_names,
    parse_rest_posts,
    parse_sitemap,
    read_site_markers,
    sitemap_urls_from_robots,
    thread_depths,
)
from crawler.pages.listing import extract_listing_page
from crawler.pages.post import PostPage, extract_post_page
from crawler.urls import (
    host_of,
    is_trap,
    normalise_url,
    post_url_of_comment_page,
    redirect_changed_path,
    site_root,
)

REST_PAGE_SIZE = 100
MAX_OFFSITE_DROPS = 100  # drop rows naming posts listed on another host, per run
MAX_UNLISTED_COMMENT_DROPS = 100  # drop rows naming REST comments on a post the listing lacks, per run
WPCOM_API = "https://public-api.wordpress.com/wp/v2/sites/"
# Sitemaps that list archives, authors or taxonomies, not posts.
_NON_POST_SITEMAP = ("taxonomies", "users", "category", "post_tag", "tag-sitemap", "author", "page-sitemap",
                     "posts-page", "attachment")


@dataclasses.dataclass
class RestEndpoint:
    """One way to reach a site's WP REST API: ``/wp-json/``, ``?rest_route=``, or WordPress.com's public API."""

    kind: str  # "wp-json" | "rest_route" | "wpcom"
    root: str
    # posts a page of the post listing asks for: fewer when a page of REST_PAGE_SIZE full posts outgrows the download
    # size limit (a few pasted multi-megabyte posts), so that REST still lists the blog
    posts_page_size: int = REST_PAGE_SIZE

    def smaller(self) -> "RestEndpoint":
        """The same way in, asking for a tenth as many posts a page (at least one)."""
        return dataclasses.replace(self, posts_page_size=max(1, self.posts_page_size // 10))

    def url(self, resource: str, **params: Any) -> str:
        query = urlencode(params)
        if self.kind == "rest_route":
            return f"{self.root}?rest_route=/wp/v2/{resource}" + (f"&{query}" if query else "")
        query = f"?{query}" if query else ""
        if self.kind == "wpcom":
            return f"{self.root}{resource}{query}"
        return f"{self.root}wp/v2/{resource}{query}"


class WordPressSpider(Spider):
    """Archive one WordPress blog: every public post, its approved comments and its comment form."""

    name = "wordpress"

    def __init__(
        self,
        site_url: str,
        max_posts: int | str | None = None,
        api_root: str | None = None,
        state: str | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        # With the archive's state, a run fetches only new and changed posts (when REST is open); without, or
        # with --full, every post.
        self.state = CrawlState.read(Path(state)) if state else None
        self.mode = "full"
        self.comment_pages_left: list[Request] = []  # comment listing pages not (yet) needed this run
        self.site_url = site_root(site_url)
        self.site_prefix = normalise_url(self.site_url)  # what every address of the blog's own begins with
        self.max_posts = int(max_posts) if max_posts not in (None, "") else None
        self.api_root_override = api_root
        self.allowed_hosts: set[str] = {host_of(self.site_url)}
        self.endpoints: list[RestEndpoint] = []
        self.rest: RestEndpoint | None = None
        self.rest_comments_failed = False
        self.comments_listed = True  # False while an incremental run has read only the first comment page
        self.rest_comments_by_post: dict[int | None, list[CommentItem]] = {}
        self.rest_comment_ids: set[int | None] = set()
        self.refs: dict[str, PostRef] = {}  # normalised post URL → what discovery knows
        self.rest_comments: list[CommentItem] = []
        self.rest_comment_posts: dict[int | None, int | None] = {}  # REST comment id -> its post, the first listing
        self.discovery_done = False
        self.home_next_page: str | None = None
        self.fallback_started = False
        self.category_archives: set[str] = set()  # category archives walked (without REST), first pages
        self.home_category_urls: list[str] = []
        self.harvest_keys: set[str] = set()  # post URLs whose harvest was scheduled (normalised)
        self.seen_comment_ids: set[int] = set()
        # every comment id a page has shown (REST-listed ones too): a comment page showing none new is a repeat
        self.shown_comment_ids: set[int] = set()
        self.unlisted_comments: list[CommentItem] = []  # REST comments on a post id the post listing lacks
        self.seen_post_ids: set[int] = set()
        # Budgets, depths and REST page counts (crawler/bounds.py); its log lines name this crawl.
        self.bounds = DiscoveryBounds(log_extra={"spider": self})
        self.discovery_report: dict[str, Any] = {"sources": {}, "rest": None, "stops": self.bounds.stops}
        self.fatal_error: str | None = None
        self.capped = False
        self.language: str | None = None
        # REST's names for the ids its posts carry, read once per run and only when some post is harvested.
        self.names: dict[str, dict[int, str]] = {"categories": {}, "tags": {}, "users": {}}
        self.names_complete: dict[str, bool] = {}
        self.names_requested = False
        self.ref_sources: dict[str, list[str]] = {}  # normalised post URL → every discovery source that listed it
        self.offsite_listed: set[str] = set()  # post URLs a source listed on another host (one drop each)

    # ------------------------------------------------------------------ phase 0: the home page
    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.site_url, callback=self.parse_home, errback=self.home_failed, dont_filter=True)

    def parse_home(self, response: Response) -> Iterable[Request | DropItem]:
        if response.status >= 400:
            self.fail(f"the site answered HTTP {response.status} on {response.url}")
            return
        markers = read_site_markers(response.body, response.url, _header(response, "Link"))
        if not markers.is_wordpress:
            self.fail(f"{response.url} does not look like a WordPress site (no wp-content, REST link or generator)")
            return
        self.language = markers.language
        base = self.site_url
        if self.api_root_override:
            self.endpoints.append(RestEndpoint("wpcom" if "/sites/" in self.api_root_override else "wp-json",
                                               self.api_root_override))
        elif markers.api_root and host_of(markers.api_root) == host_of(base):
            self.endpoints.append(RestEndpoint("wp-json", markers.api_root))
        elif markers.is_wpcom:
            self.endpoints.append(RestEndpoint("wpcom", f"{WPCOM_API}{host_of(base)}/"))
        if not any(e.kind == "wp-json" for e in self.endpoints):
            self.endpoints.append(RestEndpoint("wp-json", urljoin(base, "wp-json/")))
        self.endpoints.append(RestEndpoint("rest_route", base))
        for endpoint in self.endpoints:
            self.allowed_hosts.add(host_of(endpoint.root))
        # The home page is itself the first listing page: read it now rather than fetch it again later.
        listing = extract_listing_page(response.body, response.url, _header(response, "Content-Type"))
        self.add_refs(PostRef(post_url=u, source="listing") for u in listing.post_urls)
        self.bounds.seed_listing("listing", listing.post_urls)
        self.home_next_page = listing.next_page_url
        self.home_category_urls = listing.category_urls
        yield from self.try_next_rest_endpoint()

    def home_failed(self, failure: Any) -> None:
        exc, request = failure.value, failure.request
        if isinstance(exc, PolicyRefused) and exc.reason == "offsite" and request.meta.get("redirect_urls"):
            # www. against none, http against https, a moved blog: the crawl never follows the home page off the
            # configured host, so say where it leads and what to configure
            self.fail(f"the home page {self.site_url} redirects to {request.url}, on another host, scheme or port: "
                      f"archive the blog under the address it redirects to (url = \"{site_root(request.url)}\")")
            return
        self.fail(_failure_reason(failure, "the site"))

    def fail(self, message: str) -> None:
        """A run that cannot archive anything: say why (stats.json, exit code), never an empty success."""
        self.fatal_error = message
        self.logger.error("wparchive: %s", message)

    # ------------------------------------------------------------------ phase 1a: REST discovery
    def try_next_rest_endpoint(self) -> Iterable[Request]:
        if not self.endpoints:
            yield from self.start_fallback_discovery()
            return
        endpoint = self.endpoints.pop(0)
        yield self.discovery_request(
            endpoint.url("posts", per_page=endpoint.posts_page_size, page=1, _fields=REST_POST_FIELDS),
            self.parse_rest_posts_page,
            meta={"endpoint": endpoint, "page": 1},
            errback=self.rest_probe_failed,
        )

    def discovery_request(self, url: str, callback: Any, meta: dict[str, Any] | None = None,
                          errback: Any = None) -> Request:
        meta = dict(meta or {}, discovery=True, source=SOURCE_OF_CALLBACK.get(callback.__name__))
        return Request(url, callback=callback, errback=errback or self.discovery_failed, meta=meta,
                       dont_filter=meta.get("page") == 1)

    def rest_probe_failed(self, failure: Any) -> Iterable[Request]:
        reason = _failure_reason(failure, "REST")
        endpoint: RestEndpoint = failure.request.meta["endpoint"]
        if isinstance(failure.value, DownloadCancelledError) and endpoint.posts_page_size > 1:
            # the first page outgrew the size limit: the same way in, with a tenth as many posts a page
            smaller = endpoint.smaller()
            reason += f"; asking for {smaller.posts_page_size} posts a page"
            self.endpoints.insert(0, smaller)
        self.discovery_report["sources"].setdefault("rest_failures", []).append(reason)
        yield from self.try_next_rest_endpoint()

    def parse_rest_posts_page(self, response: Response) -> Iterable[Request | DropItem | CommentItem]:
        endpoint: RestEndpoint = response.meta["endpoint"]
        page: int = response.meta["page"]
        try:
            if response.status != 200:
                raise DiscoveryError(f"HTTP {response.status}")
            refs = _parsed(parse_rest_posts, response.body)
        except DiscoveryError as exc:
            if page == 1:  # this endpoint doesn't work: try the next way in
                self.discovery_report["sources"].setdefault("rest_failures", []).append(
                    f"{endpoint.kind}: {exc}")
                yield from self.try_next_rest_endpoint()
            elif response.status in (400, 404):  # past the real end: the listing stops here
                self.bounds.rest_failed("rest_posts", page, response.status)
            else:  # recorded, and paging goes on past the unreadable page; the posts it listed are unknown, so
                # the run is not complete (nothing it hid may be read as deleted)
                self.bounds.stop("rest_posts", f"page {page} unreadable: {exc}", page=page, is_truncating=True)
                yield self.drop(response.url, "discovery_unreadable", str(exc))
                yield from self.rest_posts_pages(endpoint, self.bounds.rest_skipped("rest_posts", page))
            return
        if page == 1:
            self.rest = endpoint
            self.endpoints.clear()
            self.discovery_report["rest"] = endpoint.kind
            next_pages = self.bounds.start_rest("rest_posts", _header(response, "X-WP-Total"),
                                                _header(response, "X-WP-TotalPages"), endpoint.posts_page_size,
                                                [r.wp_post_id for r in refs])
        else:
            next_pages = self.bounds.rest_page("rest_posts", page, [r.wp_post_id for r in refs])
        yield from self.rest_posts_pages(endpoint, next_pages)
        if page == 1:
            yield self.discovery_request(
                endpoint.url("comments", per_page=REST_PAGE_SIZE, page=1),
                self.parse_rest_comments_page, meta={"endpoint": endpoint, "page": 1},
                errback=self.rest_comments_page_failed)
        self.add_refs(refs)

    def parse_rest_comments_page(self, response: Response) -> Iterable[Request | DropItem]:
        endpoint: RestEndpoint = response.meta["endpoint"]
        page: int = response.meta["page"]
        try:
            if response.status != 200:
                raise DiscoveryError(f"HTTP {response.status}")
            comments = _parsed(parse_rest_comments, response.body, {})
        except DiscoveryError as exc:
            # Without the comment listing, comments come from the post pages instead.
            self.discovery_report["sources"]["rest_comments_failure"] = str(exc)
            self.rest_comments_failed = True
            return
        if response.meta.get("one_by_one") and comments and all(c.wp_comment_id in self.rest_comment_posts
                                                                 for c in comments):
            # a listing that ignores page= repeats itself: it cannot be read to its end
            self.bounds.stop("rest_comments", f"page {page} repeats earlier pages: comments read from pages",
                             page=page)
            self.rest_comments_failed = True
            return
        for c in comments:
            if c.wp_comment_id in self.rest_comment_posts:
                # one id, one comment: a listing that repeats an id keeps the first, and names the repeats (the first
                # MAX_UNLISTED_COMMENT_DROPS; all are counted)
                sources = self.discovery_report["sources"]
                sources["duplicate_comment_ids"] = sources.get("duplicate_comment_ids", 0) + 1
                if sources["duplicate_comment_ids"] <= MAX_UNLISTED_COMMENT_DROPS:
                    yield self.drop(response.url, "duplicate_comment_id",
                                    error=f"REST lists comment {c.wp_comment_id} again (post {c.wp_post_id}; first on "
                                          f"post {self.rest_comment_posts[c.wp_comment_id]}): the first kept")
                continue
            self.rest_comment_posts[c.wp_comment_id] = c.wp_post_id
            self.rest_comments.append(c)
        if response.meta.get("one_by_one"):
            yield from self.next_rest_comments_page(endpoint, page, len(comments))
            return
        first_total, total = self.discovery_report.get("rest_comment_total"), _header(response, "X-WP-Total")
        if page > 1 and first_total is not None and total and total.isdigit() and int(total) != first_total:
            # a comment approved, spammed or deleted while the listing was read shifts its later pages: one can be
            # missed at a page's edge. A truncating stop: this run marks no comment removed (a missed one would look
            # so), and the next run, seeing another total, reads the listing again.
            self.bounds.stop("rest_comments", "the listing changed while it was read: a comment at a page's edge may "
                             "be missing", page=page, is_truncating=True, once=True)
        if page == 1:
            self.discovery_report["rest_comment_total"] = int(total) if total and total.isdigit() else None
            last = self.rest_comment_pages(response, len(comments))
            if last is None:
                # no length given (a proxy strips X-WP-Total): page on, one page at a time, to the first short one
                yield from self.next_rest_comments_page(endpoint, page, len(comments))
                return
            pages = [self.discovery_request(endpoint.url("comments", per_page=REST_PAGE_SIZE, page=n),
                                            self.parse_rest_comments_page, meta={"endpoint": endpoint, "page": n},
                                            errback=self.rest_comments_page_failed)
                     for n in range(2, last + 1)]
            if self.state is not None and self.state.rest_comment_total is not None \
                    and self.discovery_report["rest_comment_total"] == self.state.rest_comment_total:
                # Same total as last time: no comment was added, approved or deleted. The rest of the listing
                # is read only if some post has to be harvested anyway (it is written with all its comments).
                self.comment_pages_left = pages
                self.comments_listed = False
                return
            yield from pages

    def name_requests(self) -> Iterable[Request]:
        """Page 1 of the category, tag and user listings (names for REST's ids); later pages follow from it."""
        self.names_requested = True
        for kind in self.names:
            yield self.discovery_request(self.rest.url(kind, per_page=REST_PAGE_SIZE, page=1, _fields="id,name"),
                                         self.parse_names_page, meta={"names": kind, "page": 1},
                                         errback=self.names_page_failed)

    def parse_names_page(self, response: Response) -> Iterable[Request | DropItem]:
        kind: str = response.meta["names"]
        page: int = response.meta["page"]
        try:
            if response.status != 200:
                raise DiscoveryError(f"HTTP {response.status}")
            self.names[kind].update(parse_rest_names(response.body))
        except DiscoveryError as exc:
            # Sites often hide /wp/v2/users: the page's byline stays the author. Terms fall back the same way.
            self.names_complete[kind] = False
            self.discovery_report["sources"].setdefault("rest_name_failures", []).append(f"{kind}: {exc}")
            return
        self.names_complete.setdefault(kind, True)
        if page == 1:
            # Names of terms and users: believe the page count only when it agrees with the total (bounds.py).
            last, _note = believable_last_page(_header(response, "X-WP-Total"),
                                               _header(response, "X-WP-TotalPages"), REST_PAGE_SIZE)
            for n in range(2, min(last or 1, self.bounds.budgets["rest_names"]) + 1):
                yield self.discovery_request(self.rest.url(kind, per_page=REST_PAGE_SIZE, page=n, _fields="id,name"),
                                             self.parse_names_page, meta={"names": kind, "page": n},
                                             errback=self.names_page_failed)

    def names_page_failed(self, failure: Any) -> None:
        kind = failure.request.meta["names"]
        self.names_complete[kind] = False
        self.discovery_report["sources"].setdefault("rest_name_failures", []).append(
            _failure_reason(failure, f"REST {kind}"))

    def rest_comment_pages(self, response: Response, rows: int) -> int | None:
        """How many pages the comment listing has, believing only consistent headers (crawler/bounds.py); None
        when the headers give no length and page 1 is full (the listing is then read one page at a time)."""
        last, note = believable_last_page(_header(response, "X-WP-Total"), _header(response, "X-WP-TotalPages"),
                                          REST_PAGE_SIZE)
        if note:
            self.bounds.stop("rest_comments", note, page=1)
        if last is None and rows >= REST_PAGE_SIZE:
            return None
        if (last or 1) > self.bounds.budgets["rest_comments"]:
            # A listing of unaffordable length would look like deleted comments where it ends early: every post's
            # comments are read from its pages instead.
            self.bounds.stop("rest_comments", "listing over budget: comments read from pages", page=1)
            self.rest_comments_failed = True
            return 1
        return last or 1

    def next_rest_comments_page(self, endpoint: RestEndpoint, page: int, rows: int) -> Iterable[Request]:
        """The comment listing of unknown length, read one page at a time: a short page ends it; the budget ends it
        too, and then every post's comments are read from its pages (an early end would look like deleted
        comments)."""
        if rows < REST_PAGE_SIZE:
            return
        if page >= self.bounds.budgets["rest_comments"]:
            self.bounds.stop("rest_comments", "listing of unknown length over budget: comments read from pages",
                             page=page)
            self.rest_comments_failed = True
            return
        yield self.discovery_request(endpoint.url("comments", per_page=REST_PAGE_SIZE, page=page + 1),
                                     self.parse_rest_comments_page,
                                     meta={"endpoint": endpoint, "page": page + 1, "one_by_one": True},
                                     errback=self.rest_comments_page_failed)

    def rest_posts_pages(self, endpoint: RestEndpoint, pages: list[int]) -> Iterable[Request]:
        for n in pages:
            yield self.discovery_request(
                endpoint.url("posts", per_page=endpoint.posts_page_size, page=n, _fields=REST_POST_FIELDS),
                self.parse_rest_posts_page, meta={"endpoint": endpoint, "page": n}, errback=self.rest_page_failed)

    def rest_page_failed(self, failure: Any) -> Iterable[Request]:
        """A later page of the post listing failed: a 400/404 ends the listing; anything else is a failure
        (recorded) and paging goes on past it."""
        exc, meta = failure.value, failure.request.meta
        if isinstance(exc, HttpError) and exc.response.status in (400, 404):
            self.bounds.rest_failed("rest_posts", meta["page"], exc.response.status)
            return
        if isinstance(exc, DownloadCancelledError) and meta["endpoint"].posts_page_size > 1:
            yield from self.rest_posts_parts(meta["endpoint"], meta["page"])
        else:
            self.discovery_failed(failure)
        yield from self.rest_posts_pages(meta["endpoint"], self.bounds.rest_skipped("rest_posts", meta["page"]))

    def rest_posts_parts(self, endpoint: RestEndpoint, page: int) -> Iterable[Request]:
        """A page of the post listing outgrew the download size limit: the posts it holds, asked for again in pages
        of a tenth the size (outside the listing's own paging, which goes on past the page)."""
        smaller = endpoint.smaller()
        per_page = endpoint.posts_page_size // smaller.posts_page_size
        self.discovery_report["sources"].setdefault("rest_failures", []).append(
            f"REST: page {page} of {endpoint.posts_page_size} posts is larger than the size limit; asking for "
            f"{smaller.posts_page_size} posts a page")
        for n in range((page - 1) * per_page + 1, page * per_page + 1):
            yield self.discovery_request(
                smaller.url("posts", per_page=smaller.posts_page_size, page=n, _fields=REST_POST_FIELDS),
                self.parse_rest_posts_part, meta={"endpoint": smaller, "page": n}, errback=self.rest_part_failed)

    def parse_rest_posts_part(self, response: Response) -> Iterable[Request | DropItem]:
        try:
            if response.status != 200:
                raise DiscoveryError(f"HTTP {response.status}")
            refs = _parsed(parse_rest_posts, response.body)
            self.bounds.rest_seen("rest_posts", [r.wp_post_id for r in refs])
            self.add_refs(refs)
        except DiscoveryError as exc:
            if response.status not in (400, 404):  # (past the listing's end: nothing was there)
                page, size = response.meta["page"], response.meta["endpoint"].posts_page_size
                self.bounds.stop("rest_posts", f"page {page} of {size} unreadable: {exc}", page=page,
                                 is_truncating=True)
                yield self.drop(response.url, "discovery_unreadable", str(exc))

    def rest_part_failed(self, failure: Any) -> Iterable[Request]:
        exc, meta = failure.value, failure.request.meta
        if isinstance(exc, HttpError) and exc.response.status in (400, 404):
            return  # past the listing's end
        if isinstance(exc, DownloadCancelledError) and meta["endpoint"].posts_page_size > 1:
            yield from self.rest_posts_parts(meta["endpoint"], meta["page"])
            return
        self.discovery_failed(failure)
        self.bounds.stop("rest_posts", f"page {meta['page']} of {meta['endpoint'].posts_page_size} failed: "
                         f"{_failure_reason(failure, 'REST')}", page=meta["page"], is_truncating=True)

    def rest_comments_page_failed(self, failure: Any) -> None:
        """A page of the comment listing failed: an incomplete listing would look like removed comments, so
        every post's comments are read from its pages instead. (Read one page at a time, a listing of unknown
        length ends with WordPress's 400 for the page after the last.)"""
        exc = failure.value
        if failure.request.meta.get("one_by_one") and isinstance(exc, HttpError) and exc.response.status == 400:
            return
        self.discovery_report["sources"]["rest_comments_failure"] = _failure_reason(failure, "REST comments")
        self.rest_comments_failed = True

    # ------------------------------------------------------------------ phase 1b: without REST
    def start_fallback_discovery(self) -> Iterable[Request]:
        """REST is closed: sitemaps, feeds and listing pages together, so a post missing from one is found by
        another."""
        if self.fallback_started:
            return
        self.fallback_started = True
        base = self.site_url
        yield self.discovery_request(urljoin(base, "robots.txt"), self.parse_robots_sitemaps)
        for path in ("wp-sitemap.xml", "sitemap_index.xml", "sitemap.xml"):
            yield self.discovery_request(urljoin(base, path), self.parse_sitemap_doc)
        yield self.discovery_request(urljoin(base, "feed/"), self.parse_feed_page, meta={"feed_page": 1})
        if self.home_next_page and host_of(self.home_next_page) in self.allowed_hosts:
            yield self.discovery_request(normalise_url(self.home_next_page), self.parse_listing_page)
        yield from self.walk_category_archives(self.home_category_urls)

    def parse_robots_sitemaps(self, response: Response) -> Iterable[Request]:
        if response.status == 200:
            for url in sitemap_urls_from_robots(response.body, response.url):
                if host_of(url) in self.allowed_hosts:
                    yield self.discovery_request(url, self.parse_sitemap_doc)

    def parse_sitemap_doc(self, response: Response) -> Iterable[Request | DropItem]:
        if response.status == 200:
            try:
                children, pages = parse_sitemap(response.body)
            except DiscoveryError as exc:
                yield self.drop(response.url, "discovery_unreadable", str(exc))
                children, pages = [], []
            for child in children:
                if host_of(child) in self.allowed_hosts and not any(k in child for k in _NON_POST_SITEMAP):
                    yield self.discovery_request(child, self.parse_sitemap_doc)
            self.add_refs([PostRef(post_url=loc, modified_at=lastmod, source="sitemap") for loc, lastmod in pages])

    def parse_feed_page(self, response: Response) -> Iterable[Request | DropItem]:
        n = response.meta["feed_page"]
        refs: list[PostRef] = []
        if response.status == 200:
            try:
                refs = parse_feed(response.body, response.url)
            except DiscoveryError as exc:
                yield self.drop(response.url, "discovery_unreadable", str(exc))
        self.add_refs(refs)
        # An empty, missing or repeated page ends the feed, and so does the depth limit (crawler/bounds.py).
        if self.bounds.follow_listing("feed", response.url, [r.post_url for r in refs]):
            yield self.discovery_request(urljoin(self.site_url, f"feed/?paged={n + 1}"), self.parse_feed_page,
                                         meta={"feed_page": n + 1})

    def parse_listing_page(self, response: Response) -> Iterable[Request]:
        if response.status == 200:
            listing = extract_listing_page(response.body, response.url, _header(response, "Content-Type"))
            self.add_refs([PostRef(post_url=u, source="listing") for u in listing.post_urls])
            if listing.next_page_url and host_of(listing.next_page_url) in self.allowed_hosts and \
                    self.bounds.follow_listing("listing", response.url, listing.post_urls):
                yield self.discovery_request(normalise_url(listing.next_page_url), self.parse_listing_page)
            yield from self.walk_category_archives(listing.category_urls)

    def walk_category_archives(self, urls: Iterable[str]) -> Iterable[Request]:
        """Without REST, every category archive a page links to (the home page, listing pages, each post's
        page) is read to its last page, once: a post older than the sitemap's, the feed's and the home listing's
        reach (a plugin's short sitemap, a feed that ignores ?paged, a "load more" button) is still in its
        category's listing, and every post has a category."""
        if not self.fallback_started or (self.max_posts is not None and len(self.refs) >= self.max_posts):
            return  # (a capped run has found what it will harvest)
        for url in urls:
            key = normalise_url(url)
            # the blog's own archives only: a sub-directory blog's neighbours share its host
            if key not in self.category_archives and key.startswith(self.site_prefix):
                self.category_archives.add(key)
                # listed_post: a category archive WordPress marks as one is no trap, whatever its slug ("amp")
                yield self.discovery_request(key, self.parse_category_page, meta={"archive": key, "listed_post": True})

    def parse_category_page(self, response: Response) -> Iterable[Request | DropItem]:
        if response.status != 200:
            return
        archive = response.meta["archive"]
        listing = extract_listing_page(response.body, response.url, _header(response, "Content-Type"))
        found = self.add_refs([PostRef(post_url=u, source="category") for u in listing.post_urls])
        if found and self.discovery_done:
            yield from self.harvest_found_late(found)
        # each archive is its own chain of pages: it ends at its last page, or at a page adding none of its own
        if listing.next_page_url and normalise_url(listing.next_page_url).startswith(self.site_prefix) and \
                self.bounds.follow_listing(f"category {archive}", response.url, listing.post_urls):
            yield self.discovery_request(normalise_url(listing.next_page_url), self.parse_category_page,
                                         meta={"archive": archive, "listed_post": True})
        yield from self.walk_category_archives(listing.category_urls)

    def harvest_found_late(self, refs: list[PostRef]) -> Iterable[Request | DropItem]:
        """Posts a category archive listed after discovery ended (its link was on a post page): named in
        discovered.jsonl like the others and harvested now, within ``max_posts``."""
        self.discovery_report["posts_found"] = self.discovery_report.get("posts_found", 0) + len(refs)
        for ref in refs:
            key = normalise_url(ref.post_url)
            if key in self.harvest_keys:
                self.record_discovered([ref], {key})  # already being fetched as a post the archive held
                continue
            if self.max_posts is not None and len(self.harvest_keys) >= self.max_posts:
                self.capped = True
                self.record_discovered([ref], set())
                yield self.drop(key, "over_max_posts", ref.post_url)
                continue
            self.record_discovered([ref], {key})
            yield self.harvest_request(ref)

    def discovery_failed(self, failure: Any) -> Iterable[Request]:
        if isinstance(failure.value, BoundReached) and failure.value.reason == "budget_spent":
            return  # recorded as the source's stop (discovery.stops), not as a failure
        self.discovery_report["sources"].setdefault("failures", []).append(_failure_reason(failure, "discovery"))

    def add_refs(self, refs: Iterable[PostRef]) -> list[PostRef]:
        """Merge what one source says about posts into what the others said (first non-empty value wins,
        except that REST's modified time beats a sitemap's); returns the posts no source had listed before."""
        found: list[PostRef] = []
        for ref in refs:
            # No trap filter here: a discovery source listing a post is the site saying it is a post, and a post
            # may be called "search", "feed" or "amp". Only links found on pages are filtered.
            if host_of(ref.post_url) != host_of(self.site_url):
                self.listed_offsite(ref)
                continue
            key = normalise_url(ref.post_url)
            listed_by = self.ref_sources.setdefault(key, [])
            if ref.source not in listed_by:
                listed_by.append(ref.source)
            known = self.refs.get(key)
            sources = self.discovery_report["sources"]
            sources[ref.source] = sources.get(ref.source, 0) + 1
            if known is None:
                self.refs[key] = dataclasses.replace(ref)
                found.append(self.refs[key])
                continue
            if known.wp_post_id is not None and ref.wp_post_id is not None and known.wp_post_id != ref.wp_post_id:
                # two posts at one address: one page, one post; the other is named, not lost quietly
                self.record(self.drop(key, "duplicate_link", error=f"{ref.source} lists post {ref.wp_post_id} at the "
                                      f"address of post {known.wp_post_id}; archived as post {known.wp_post_id}"))
                continue
            for f in ("wp_post_id", "published_at", "modified_at", "comment_status", "title", "rest"):
                if getattr(known, f) is None and getattr(ref, f) is not None:
                    setattr(known, f, getattr(ref, f))
            if ref.source == "rest":
                known.modified_at = ref.modified_at or known.modified_at
        return found

    def listed_offsite(self, ref: PostRef) -> None:
        """A source listed a post on another host: never fetched (the crawl stays on the blog's host), but named
        once in a drop row (the first ``MAX_OFFSITE_DROPS``; all are counted in ``discovery.sources``), so a REST
        ``link`` or sitemap on the wrong host is seen, not silently skipped."""
        key = normalise_url(ref.post_url)
        if key in self.offsite_listed:
            return
        self.offsite_listed.add(key)
        self.discovery_report["sources"]["listed_offsite"] = len(self.offsite_listed)
        if len(self.offsite_listed) <= MAX_OFFSITE_DROPS:  # a sitemap of a million foreign URLs: counted past this
            self.record(self.drop(key, "listed_offsite", ref.post_url, error=f"listed by {ref.source}"))

    def callback_failed(self, response: Response, exc: Exception) -> Iterable[DropItem]:
        """A callback raised (CallbackFailureMiddleware): name what it lost. A post page → a drop naming the
        post (``PageTooDeep`` → ``unreadable_page``, else ``extract_failed``); a comment page → a drop naming its
        post; the home page → a failed run; a discovery page → a drop and a truncating stop of its source."""
        meta, error = response.meta, f"{exc.__class__.__name__}: {exc}"
        ref: PostRef | None = meta.get("ref")
        post: PostItem | None = meta.get("post")
        if ref is not None:
            yield self.drop(response.url, getattr(exc, "reason", "extract_failed"), ref.post_url, error=error)
        elif post is not None:
            yield self.drop(response.url, "comment_page_failed", post.post_url, error=error)
        elif meta.get("discovery"):
            self.bounds.stop(meta.get("source") or "discovery", f"reading {response.url} failed ({error})",
                             url=response.url, is_truncating=True)
            yield self.drop(response.url, "discovery_unreadable", error=error)
        elif response.request is not None and response.request.callback == self.parse_home:
            self.fail(f"the home page {response.url} could not be read ({error})")
        else:
            yield self.drop(response.url, "extract_failed", error=error)

    # ------------------------------------------------------------------ phase 2: harvest
    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "WordPressSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        spider.bounds.configure(crawler.settings.getdict("WPARCHIVE_SOURCE_BUDGETS"),
                                crawler.settings.getint("WPARCHIVE_MAX_LISTING_DEPTH"))
        spider.media = MediaHarvest(spider, crawler.settings, _failure_reason)
        return spider

    def on_idle(self) -> None:
        """Discovery has run dry: schedule the harvest (once), and keep the spider open for it."""
        if self.discovery_done and not self.fatal_error:
            self.record_unlisted_comments()  # the harvest is over: what it did not file under a post is named now
        if self.discovery_done or self.fatal_error:
            return
        if self.rest is None and not self.fallback_started:
            # Every REST probe ended without a usable answer (some may have been filtered): fall back now.
            self.endpoints.clear()
            self.schedule(self.start_fallback_discovery())
            raise DontCloseSpider
        shortfall = self.bounds.rest_shortfall("rest_posts") if self.rest is not None else None
        if shortfall and not self.fallback_started:
            # REST counted more posts than it listed: the others are looked for where a blog without REST lists them,
            # and the night is not complete (nothing it did not list may be read as deleted)
            self.bounds.stop("rest_posts", f"the listing gave {shortfall[0]} distinct posts of the {shortfall[1]} it "
                             f"counts (its pages overlapped); sitemaps, feeds and listings read too", is_truncating=True)
            self.schedule(self.start_fallback_discovery())
            raise DontCloseSpider
        refs = list(self.refs.values())
        if self.state is not None and self.rest is not None and not self.rest_comments_failed:
            plan = plan_harvest(self.state, refs, self.rest_comments if self.comments_listed else None)
            if (plan.fetch or plan.confirm) and not self.comments_listed:
                self.comments_listed = True
                if self.comment_pages_left:
                    self.schedule(self.comment_pages_left)
                    raise DontCloseSpider  # plan again once the whole comment listing is in
                plan = plan_harvest(self.state, refs, self.rest_comments)
            if plan.fetch and not self.names_requested:
                self.schedule(self.name_requests())
                raise DontCloseSpider  # plan again once the names are in
            self.mode = "incremental"
            self.discovery_report["incremental"] = {"unchanged": plan.unchanged, "fetch": len(plan.fetch),
                                                    "confirm": len(plan.confirm), "reasons": dict(plan.reasons)}
            self.discovery_done = True
            self.discovery_report["posts_found"] = len(refs)
            planned = {normalise_url(r.post_url) for r in (*plan.fetch, *plan.confirm)}
            self.record_discovered(refs, planned)
            if self.comments_listed:  # else only the first page was read: the same as last time
                self.report_unlisted_comments()
            if plan.fetch or plan.confirm:
                self.group_rest_comments({r.wp_post_id for r in (*plan.fetch, *plan.confirm) if r.wp_post_id})
            self.schedule(self.harvest_request(ref) for ref in (*plan.fetch, *plan.confirm))
            if plan.fetch or plan.confirm:
                raise DontCloseSpider
            return
        if self.state is not None:
            self.discovery_report["incremental"] = "not possible without the REST API: full crawl"
        if self.rest is not None and refs and not self.names_requested:
            self.schedule(self.name_requests())
            raise DontCloseSpider
        self.discovery_done = True
        self.discovery_report["posts_found"] = len(refs)
        self.record_discovered(refs, {normalise_url(r.post_url) for r in refs})
        if self.max_posts is not None and len(refs) > self.max_posts:
            for ref in refs[self.max_posts:]:  # named, so that no discovered post goes missing silently
                self.record(self.drop(normalise_url(ref.post_url), "over_max_posts", ref.post_url))
            refs = refs[: self.max_posts]
            self.capped = True  # an incomplete harvest: the loader must not read absence as deletion
        if not refs and self.offsite_listed:
            # the blog configured under another name than its own links use (www. against none, http against the
            # address WordPress knows itself by): say so, not that the blog is empty
            example = min(self.offsite_listed)
            self.fail(f"no public posts found on {host_of(self.site_url)}: the blog's listings name "
                      f"{len(self.offsite_listed)} post(s) on another host ({host_of(example)}, e.g. {example}); "
                      f"archive it under the address its own links use")
            return
        if not refs:
            self.fail("no public posts found (REST, sitemaps, feeds and listings all empty)")
            return
        if self.rest is not None and not self.rest_comments_failed:
            self.report_unlisted_comments()
            self.group_rest_comments({r.wp_post_id for r in refs if r.wp_post_id})
        confirm = [] if self.capped or self.state is None else self.unlisted_known_posts(refs)
        if confirm:
            self.discovery_report["confirm_unlisted"] = len(confirm)
        self.schedule(self.harvest_request(ref) for ref in (*refs, *confirm))
        raise DontCloseSpider

    def unlisted_known_posts(self, refs: list[PostRef]) -> list[PostRef]:
        """Posts the archive holds that no source listed tonight, to be fetched at their own address as an
        incremental run does: a full crawl without REST trusts sitemaps, feeds and listings, and one night a cache
        or a plugin may list half the blog. Only a 404 or 410 then says a post is gone; a page that still answers
        is harvested."""
        listed_ids = {r.wp_post_id for r in refs if r.wp_post_id is not None}
        listed_urls = {normalise_url(r.post_url) for r in refs}
        return [PostRef(post_url=known.post_url, wp_post_id=post_id, source="state")
                for post_id, known in self.state.posts.items()
                if post_id not in listed_ids and normalise_url(known.post_url) not in listed_urls]

    def harvest_request(self, ref: PostRef) -> Request:
        # listed_post: discovery listed this URL as a post, so the trap policy (for links found on pages) lets it by.
        # dont_filter: a post page that redirects to a URL fetched before must still end as a post or a drop.
        self.harvest_keys.add(normalise_url(ref.post_url))
        return Request(normalise_url(ref.post_url), callback=self.parse_post, errback=self.harvest_failed,
                       meta={"ref": ref, "listed_post": True}, dont_filter=True)

    def record(self, item: Any) -> None:
        """Write an item from outside a callback (when discovery ends)."""
        writer = getattr(self.crawler, "wparchive_run_writer", None)
        if writer is not None:
            writer.record(item)

    def record_discovered(self, refs: list[PostRef], planned: set[str]) -> None:
        """discovered.jsonl: every post any source listed, so the warehouse can check each is accounted for."""
        for ref in refs:
            key = normalise_url(ref.post_url)
            self.record(DiscoveredPostItem(site=self.site_url, post_url=key, wp_post_id=ref.wp_post_id,
                                           sources=self.ref_sources.get(key, [ref.source]),
                                           is_planned=key in planned))

    def schedule(self, requests: Iterable[Request]) -> None:
        for request in requests:
            self.crawler.engine.crawl(request)

    def group_rest_comments(self, post_ids: set[int]) -> None:
        """File REST's site-wide comment listing under the posts being harvested (each is written with its
        post), with depths computed from the whole thread."""
        comments = [c for c in self.rest_comments if c.wp_post_id in post_ids]
        self.rest_comment_ids = {c.wp_comment_id for c in self.rest_comments}
        thread_depths(comments)
        for c in comments:
            self.rest_comments_by_post.setdefault(c.wp_post_id, []).append(c)

    def report_unlisted_comments(self) -> None:
        """REST comments on a post id the post listing does not hold (a WordPress page's comments, or a post whose
        id REST misreports) have no post to be filed under: each is named in a drop row instead of vanishing (the
        first ``MAX_UNLISTED_COMMENT_DROPS``; all counted in ``discovery.sources.comment_post_unlisted``). The row
        gives the comment's REST address and its post id, never its author or text."""
        listed = {r.wp_post_id for r in self.refs.values() if r.wp_post_id is not None}
        if self.rest is not None:
            # named once the harvest is over (record_unlisted_comments): a post REST does not list may still be found
            # by the feed or the home page, and its page then names its id, which files its comments under it
            self.unlisted_comments = [c for c in self.rest_comments if c.wp_post_id not in listed]

    def record_unlisted_comments(self) -> None:
        unlisted = [c for c in self.unlisted_comments if c.wp_comment_id not in self.seen_comment_ids]
        self.unlisted_comments = []
        if not unlisted or self.rest is None:
            return
        self.discovery_report["sources"]["comment_post_unlisted"] = len(unlisted)
        for c in unlisted[:MAX_UNLISTED_COMMENT_DROPS]:
            on = f"post id {c.wp_post_id}" if c.wp_post_id is not None else "no post id"
            self.record(self.drop(self.rest.url(f"comments/{c.wp_comment_id}"), "comment_post_unlisted",
                                  error=f"comment {c.wp_comment_id} is on {on}, which the REST post listing does "
                                        f"not list (a page's comment, or a post id REST misreports): not archived"))

    def emit_rest_comments(self, post: PostItem, fetched_at: str) -> Iterable[CommentItem]:
        if post.wp_post_id is not None and post.wp_post_id not in self.rest_comments_by_post and \
                any(c.wp_comment_id not in self.seen_comment_ids for c in self.unlisted_comments):
            # a post REST does not list (a plugin hides it), found another way: its page named its id
            self.group_rest_comments({post.wp_post_id})
        for c in self.rest_comments_by_post.get(post.wp_post_id, []):
            if c.wp_comment_id in self.seen_comment_ids:
                continue
            c.post_url, c.site, c.fetched_at = post.post_url, self.site_url, fetched_at
            if c.wp_comment_id is not None:
                self.seen_comment_ids.add(c.wp_comment_id)
            yield c

    def comments_from_html(self, post: PostItem, page: PostPage) -> bool:
        """Read this post's comments from its pages? Yes without REST; with REST only when the page counts more
        comments than REST gave: anonymous REST lists no pingbacks or trackbacks (``type`` needs a log-in). A page
        that prints no count is read when it shows a comment REST did not list or has more comment pages."""
        if self.rest is None or self.rest_comments_failed:
            return True
        rest_comments = self.rest_comments_by_post.get(post.wp_post_id, [])
        if post.comment_count is not None:
            return post.comment_count > len(rest_comments)
        listed = {c.wp_comment_id for c in rest_comments}
        return any(c.wp_comment_id not in listed for c in page.comments) or bool(page.comment_page_urls)

    def parse_post(self, response: Response) -> Iterable[Request | PostItem | CommentItem | CommentFormItem | DropItem]:
        ref: PostRef = response.meta["ref"]
        # Every drop of a post page names the post's discovered URL in ``detail``, so the loader can tell a
        # post that is gone from one that merely failed to download this time.
        if response.status in (404, 410):
            # Only the post's own address answering 404/410 says it is gone: a redirect to another path that
            # ends in one (a moved post whose new page fails, a log-in or "not found" page) is a failure.
            redirected_from = redirect_changed_path(response.meta.get("redirect_urls"), response.url)
            if "rest" in self.ref_sources.get(normalise_url(ref.post_url), ()):
                # REST lists it as published this very night: a 404 of its page is the site's fault (a lost rewrite
                # rule, a cache), never evidence that the post is gone
                yield self.drop(response.url, f"http_{response.status}", ref.post_url,
                                error=f"answered HTTP {response.status}, but REST lists the post as published: not "
                                      f"evidence that the post is gone")
            elif redirected_from is None:
                yield self.drop(response.url, f"gone_{response.status}", ref.post_url)
            else:
                yield self.drop(response.url, f"http_{response.status}", ref.post_url,
                                error=f"answered HTTP {response.status} after a redirect from {redirected_from} to "
                                      f"another path: not evidence that the post is gone")
            return
        if response.status != 200:
            yield self.drop(response.url, f"http_{response.status}", ref.post_url)
            return
        page = extract_post_page(response.body, response.url, _header(response, "Content-Type"),
                                 category_archives=self.fallback_started)
        yield from self.walk_category_archives(page.category_urls)
        if page.post is None:
            yield self.drop(response.url, "not_a_post", ref.post_url)
            return
        if page.unpublished_status is not None:
            # privacy: never a private post or a draft, whatever served the page
            yield self.drop(response.url, "not_public", ref.post_url,
                            error=f"the post's element says status-{page.unpublished_status}")
            return
        post = page.post
        if ref.source == "state" and None not in (ref.wp_post_id, post.wp_post_id) and \
                post.wp_post_id != ref.wp_post_id:
            # a known post no longer listed, whose address now shows another post (a re-import gave new ids, or its
            # slug went to a new post): the page is that other post's, never the old id's (REST lists the new one)
            yield self.drop(response.url, "replaced", ref.post_url,
                            error=f"post {ref.wp_post_id} is no longer listed and its address shows post "
                                  f"{post.wp_post_id}")
            return
        page_reading = dataclasses.replace(post)  # what the page alone says, measured against REST below
        post.wp_post_id = ref.wp_post_id or post.wp_post_id
        if post.wp_post_id is not None and post.wp_post_id in self.seen_post_ids:
            yield self.drop(response.url, "duplicate_post", ref.post_url)
            return
        if post.wp_post_id is not None:
            self.seen_post_ids.add(post.wp_post_id)
        fetched_at = utc_now()
        # Discovery's exact values (REST, feed) beat what a theme chose to print — when they are dates at all:
        # a garbage one falls back to the page's (which falls back to the URL's) and is flagged by a drop row.
        post.field_sources = {f: "page" for f in ("title", "author", "published_at", "categories", "tags", "body",
                                                  "post_url", "comment_status")}
        for name in ("published_at", "modified_at"):
            given = getattr(ref, name)
            if given and not is_usable_time(given, fetched_at):
                yield self.drop(response.url, "date_fallback", ref.post_url,
                                error=f"{name}: discovery gave {given!r}, used the page's {getattr(post, name)!r}")
                given = None
            if given and name == "published_at":  # of the sources without REST, only a feed gives one
                post.field_sources["published_at"] = "rest" if ref.rest is not None else "feed"
            setattr(post, name, given or getattr(post, name))
        if ref.comment_status:  # only REST lists it
            post.field_sources["comment_status"] = "rest"
        post.comment_status = ref.comment_status or post.comment_status
        # A post's address is its canonical one: never a comment page (…/comment-page-2/, ?cpage=2) or a hop, and
        # never another host's (a canonical or og:url pointing off the blog names where it was copied from).
        canonical = post.post_url if post.post_url and host_of(post.post_url) in self.allowed_hosts else None
        post.post_url = post_url_of_comment_page(canonical or normalise_url(response.url))
        if ref.rest is not None:
            self.apply_rest(post, ref)
        post.language = post.language or self.language
        post.site, post.fetched_at = self.site_url, fetched_at
        post.source = "rest+html" if self.rest is not None else "html"
        if post.is_protected:
            # Privacy: a password-protected post is recorded as existing, never with its text (not even the
            # password prompt, which isn't the post's text either).
            post.body_html = post.body_text = None
            post.field_sources.pop("body", None)
        parts = [normalise_url(u) for u in page.post_part_urls if host_of(u) in self.allowed_hosts]
        if parts and post.field_sources.get("body") == "page":
            # a post split with <!--nextpage-->, read from its pages: its text is all of them (REST gives it whole)
            yield self.post_part_request(post, parts, [])
        else:
            yield post
        if ref.rest is not None:
            rest_ids = {c.wp_comment_id for c in self.rest_comments_by_post.get(post.wp_post_id, [])}
            agreement = compare(page_reading, post, page.comments, rest_ids, is_split=bool(page.post_part_urls))
            agreement.site, agreement.fetched_at = self.site_url, fetched_at
            yield agreement
        form = page.comment_form
        form.site, form.post_url, form.wp_post_id, form.fetched_at = self.site_url, post.post_url, post.wp_post_id, fetched_at
        yield form
        if post.is_protected:  # privacy: REST may list a protected post's comments; they are never archived
            self.crawler.stats.inc_value("wparchive/privacy/protected_post_comments_left_out",
                                         len(self.rest_comments_by_post.get(post.wp_post_id, [])))
        else:
            yield from self.emit_rest_comments(post, fetched_at)
        yield from self.media.requests_for(response, post)
        if not post.is_protected and self.comments_from_html(post, page):
            yield from self.html_comments(page.comments, post, fetched_at, response.url)
            for url in page.comment_page_urls:
                if host_of(url) in self.allowed_hosts and self.is_comment_page_of(url, post):
                    yield Request(normalise_url(url), callback=self.parse_comment_page, errback=self.harvest_failed,
                                  meta={"post": post, "listed_post": True, "source": "comment_pages"})

    def parse_comment_page(self, response: Response) -> Iterable[Request | CommentItem | DropItem]:
        post: PostItem = response.meta["post"]
        if response.status != 200:
            yield self.drop(response.url, f"http_{response.status}")
            return
        page = extract_post_page(response.body, response.url, _header(response, "Content-Type"))
        adds = any(c.wp_comment_id is not None and c.wp_comment_id not in self.shown_comment_ids for c in page.comments)
        yield from self.html_comments(page.comments, post, utc_now(), response.url)
        if not adds:
            # a comment page showing only comments already read (a cache answering every page number past the last
            # with page 1, each linking to the next): its links lead nowhere new
            self.crawler.stats.inc_value("wparchive/comment_pages/repeated")
            return
        for url in page.comment_page_urls:
            if host_of(url) in self.allowed_hosts and self.is_comment_page_of(url, post) and \
                    normalise_url(post_url_of_comment_page(url)) == normalise_url(post.post_url or ""):
                yield Request(normalise_url(url), callback=self.parse_comment_page, errback=self.harvest_failed,
                              meta={"post": post, "listed_post": True, "source": "comment_pages"})

    @staticmethod
    def is_comment_page_of(url: str, post: PostItem) -> bool:
        """A comment page of this post (its address is the post's plus a page number, whatever the post's slug
        looks like), not a trap found on the page."""
        return normalise_url(post_url_of_comment_page(url)) == normalise_url(post.post_url or "") or not is_trap(url)

    def apply_rest(self, post: PostItem, ref: PostRef) -> None:
        """REST is the authority for every field it gives; the page keeps what only it has (and the author when
        REST hides its users, terms when their listing failed)."""
        rest: RestPost = ref.rest  # type: ignore[assignment]
        given = {"title": "rest", "post_url": "rest", "is_sticky": "rest"}  # published_at: see parse_post
        post.post_url = ref.post_url  # REST's link: the canonical permalink under any permalink setting
        post.title = rest.title
        post.is_sticky = rest.is_sticky
        post.is_protected = post.is_protected or rest.is_protected
        if not post.is_protected:
            post.body_html, post.body_text = rest.body_html, rest.body_text
            post.excerpt = rest.excerpt
            given.update(body="rest", excerpt="rest")
        for kind, field_name, ids in (("categories", "categories", rest.category_ids), ("tags", "tags", rest.tag_ids)):
            names = self.names[kind]
            if self.names_complete.get(kind) and all(i in names for i in ids):
                setattr(post, field_name, [names[i] for i in ids])
                given[field_name] = "rest"
        author = self.names["users"].get(rest.author_id) if rest.author_id is not None else None
        if author:
            post.author = author
            given["author"] = "rest"
        post.field_sources.update(given)

    def html_comments(self, comments: list[CommentItem], post: PostItem, fetched_at: str,
                      page_url: str) -> Iterable[CommentItem | DropItem]:
        self.shown_comment_ids.update(c.wp_comment_id for c in comments if c.wp_comment_id is not None)
        without_id = [c for c in comments if c.wp_comment_id is None]
        if without_id:  # the archive keys comments by WordPress's id: say what could not be kept, never lose it quietly
            yield self.drop(page_url, "comments_without_id",
                            error=f"{len(without_id)} comment(s) on this page carry no WordPress id (no "
                                  f"id=\"comment-N\", no #comment-N permalink): not archived; first by "
                                  f"{without_id[0].author_name or 'an unnamed author'}")
        for c in comments:
            if c.wp_comment_id is None or c.wp_comment_id in self.seen_comment_ids:
                continue  # the bare permalink repeats a numbered comment page
            if c.wp_comment_id in self.rest_comment_ids:
                continue  # REST is authoritative for what it lists (and says which post a comment is on)
            self.seen_comment_ids.add(c.wp_comment_id)
            c.post_url, c.wp_post_id = post.post_url, post.wp_post_id
            c.site, c.fetched_at, c.source = self.site_url, fetched_at, "html"
            yield c

    def post_part_request(self, post: PostItem, parts: list[str], read: list[tuple[str | None, str | None]]) -> Request:
        return Request(parts[0], callback=self.parse_post_part, errback=self.post_part_failed, dont_filter=True,
                       meta={"post": post, "parts": parts, "read": read, "listed_post": True, "source": "post_parts"})

    def parse_post_part(self, response: Response) -> Iterable[Request | PostItem | DropItem]:
        """One further page of a post split with <!--nextpage-->: its body joins the post's; the post is written
        once its last page is read."""
        post: PostItem = response.meta["post"]
        parts, read = response.meta["parts"], list(response.meta["read"])
        if response.status != 200:
            yield from self.post_parts_end(post, read, response.url, f"HTTP {response.status}")
            return
        part = extract_post_page(response.body, response.url, _header(response, "Content-Type")).post
        if part is None or not part.body_text:
            yield from self.post_parts_end(post, read, response.url, "the page shows no part of the post")
            return
        read.append((part.body_html, part.body_text))
        if len(parts) > 1:
            yield self.post_part_request(post, parts[1:], read)
        else:
            yield from self.post_parts_end(post, read)

    def post_part_failed(self, failure: Any) -> Iterable[PostItem | DropItem]:
        meta = failure.request.meta
        yield from self.post_parts_end(meta["post"], meta["read"], failure.request.url,
                                       _failure_reason(failure, failure.request.url))

    def post_parts_end(self, post: PostItem, read: list[tuple[str | None, str | None]], failed_url: str | None = None,
                       error: str | None = None) -> Iterable[PostItem | DropItem]:
        """The post with the text of every page read; a page that could not be read is named (the post keeps the
        pages before it: its text is then known to be short)."""
        post.body_html = "\n".join(h for h in [post.body_html, *(h for h, _ in read)] if h) or None
        post.body_text = "\n\n".join(t for t in [post.body_text, *(t for _, t in read)] if t) or None
        if failed_url is not None:
            yield self.drop(failed_url, "post_part_failed", post.post_url, error=error)
        yield post

    def harvest_failed(self, failure: Any) -> Iterable[DropItem]:
        request = failure.request
        ref: PostRef | None = request.meta.get("ref")
        post: PostItem | None = request.meta.get("post")
        post_url = ref.post_url if ref else (post.post_url if post else None)
        reason = "download_failed" if ref else "comment_page_failed"
        if ref and isinstance(failure.value, BoundReached):
            reason = failure.value.reason  # redirect_loop, too_many_redirects, truncated_body
        yield self.drop(request.url, reason, post_url, error=_failure_reason(failure, request.url))

    def drop(self, url: str, reason: str, detail: str | None = None, error: str | None = None) -> DropItem:
        return DropItem(site=self.site_url, url=url, reason=reason, detail=detail, error=error, fetched_at=utc_now())


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _parsed(parse: Any, *args: Any) -> Any:
    """A discovery parser's answer, with JSON of the wrong shape (a string id, a list where an object belongs)
    turned into a ``DiscoveryError`` instead of a traceback."""
    try:
        return parse(*args)
    except DiscoveryError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
        raise DiscoveryError(f"unexpected JSON ({exc.__class__.__name__}: {exc})") from exc


def _failure_reason(failure: Any, what: str) -> str:
    """A human sentence for a Twisted failure: unreachable, refused by robots.txt, HTTP error, …"""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"{what} answered HTTP {exc.response.status}"
    if isinstance(exc, (DNSLookupError, CannotResolveHostError)):
        return f"{what}: host not found ({exc})"
    if isinstance(exc, (ConnectionRefusedError, TCPTimedOutError, TimeoutError, DownloadConnectionRefusedError,
                        DownloadTimeoutError)):
        return f"{what} is unreachable ({exc.__class__.__name__}: {exc})"
    if isinstance(exc, BoundReached):
        return f"{what}: {exc}"
    if isinstance(exc, DownloadCancelledError):
        return f"{what}: download cancelled, larger than the size limit? ({exc})"
    if isinstance(exc, RobotsTxtUnavailable):
        return f"{what}: {exc}"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "robots.txt" in text.lower() or exc.__class__.__name__ == "IgnoreRequest" and not text:
            return f"{what}: forbidden by robots.txt"
        return f"{what}: refused ({text or exc.__class__.__name__})"
    return f"{what}: {exc.__class__.__name__}: {exc}"

