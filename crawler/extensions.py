"""The run directory writer: items to one JSONL file per type, the request log, drops, and stats.json."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import IO, Any, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from crawler.erasure import ERASED_TEXT, ErasureList
from crawler.items import AgreementItem, CommentItem, DropItem, MediaItem, PostItem
from crawler.outputs import ITEM_FILES, REQUEST_LOG, STATS_FILE  # noqa: F401  (re-exported)
from crawler.pages.text import without_lone_surrogates
from crawler.urls import without_credentials

ERASED_DROP_REASON = "erased_on_request"  # a comment of someone on the erasure list: counted, never written
# The text fields of each record type that can quote a person (the erasure list is applied to them before writing).
_SCRUBBED_FIELDS: dict[type, tuple[str, ...]] = {
    PostItem: ("title", "body_text", "body_html", "excerpt"),
    CommentItem: ("author_name", "body_text"),
    AgreementItem: ("page_title", "rest_title", "page_author"),
    MediaItem: ("alt_text", "caption"),
}


def utc_now() -> str:
    """Now, as the ISO 8601 UTC string every ``*_at`` field uses."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class RunDirectoryWriter:
    """Writes the run directory, the contract between the crawler and the flows.

    Every line is flushed as written, so a crawl killed halfway leaves whole lines behind (a torn last line is
    detected and quarantined by the loader, never half-read).
    """

    def __init__(self, crawler: Crawler, run_dir: Path):
        self.crawler = crawler
        self.run_dir = run_dir
        self.files: dict[str, IO[str]] = {}
        self.drop_reasons: dict[str, int] = {}
        self.item_counts: dict[str, int] = {}
        self.started_at = utc_now()
        self.erasures = ErasureList.for_run_dir(run_dir, crawler.settings.get("WPARCHIVE_ERASURE_LIST"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        run_dir = crawler.settings.get("WPARCHIVE_RUN_DIR")
        if not run_dir:
            raise NotConfigured("WPARCHIVE_RUN_DIR not set")
        o = cls(crawler, Path(run_dir))
        crawler.wparchive_run_writer = o  # type: ignore[attr-defined]  # lets middlewares record drops
        crawler.signals.connect(o.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(o.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(o.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(o.response_received, signal=signals.response_received)
        return o

    def _file(self, name: str) -> IO[str]:
        handle = self.files.get(name)
        if handle is None:
            handle = self.files[name] = open(self.run_dir / name, "a", encoding="utf-8")
        return handle

    def _write(self, name: str, record: dict[str, Any]) -> None:
        handle = self._file(name)
        line = json.dumps(record, ensure_ascii=False) + "\n"
        # A lone surrogate (REST JSON may carry "\ud83d" alone, half an emoji) has no UTF-8: written as U+FFFD,
        # not an exception in this signal handler, which Scrapy would log while the record is lost.
        handle.write(without_lone_surrogates(line))
        handle.flush()

    def spider_opened(self, spider: Spider) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for name in (*ITEM_FILES.values(), REQUEST_LOG):
            self._file(name)  # every file exists, even when empty: an empty file is a fact, a missing one a bug

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        if isinstance(item, CommentItem) and self._is_erased(item):
            # Before anything is written: the comment becomes a counted drop naming only its post.
            item = DropItem(site=item.site, url=item.post_url, reason=ERASED_DROP_REASON,
                            fetched_at=item.fetched_at)
        elif self.erasures and type(item) in _SCRUBBED_FIELDS:
            self._scrub(item)
        name = ITEM_FILES[type(item)]
        if isinstance(item, DropItem):
            self.drop_reasons[item.reason] = self.drop_reasons.get(item.reason, 0) + 1
            # an address a server sent may carry user:password@ (a Location header): never written
            item.url, item.detail, item.error = map(without_credentials, (item.url, item.detail, item.error))
        self.item_counts[name] = self.item_counts.get(name, 0) + 1
        self._write(name, dataclasses.asdict(item))

    def record(self, item: Any) -> None:
        """An item produced outside a callback (the discovered posts, written when discovery ends)."""
        self.item_scraped(item, None, None)  # type: ignore[arg-type]

    def _is_erased(self, item: CommentItem) -> bool:
        # An erased comment's placeholder (what `wparchive forget` left in the archived page) is no comment either.
        if item.body_text is not None and item.body_text.strip() == ERASED_TEXT:
            return True
        return bool(self.erasures) and self.erasures.matches(
            site=item.site, wp_comment_id=item.wp_comment_id, author_name=item.author_name,
            author_url=item.author_url)

    def _scrub(self, item: Any) -> None:
        """Their name or sentences quoted anywhere a record carries text a page showed (a post, someone else's
        comment, the agreement monitor's page and REST readings, an image's alt text or caption): replaced by
        placeholders."""
        scrubbed = set()
        for name in _SCRUBBED_FIELDS[type(item)]:
            value = getattr(item, name)
            new = self.erasures.redact_text(value)
            if new != value:
                setattr(item, name, new)
                scrubbed.add(name)
                self.crawler.stats.inc_value("wparchive/erasure/scrubbed_fields")
        if isinstance(item, PostItem) and item.excerpt and "body_text" in scrubbed and "excerpt" not in scrubbed:
            # REST's excerpt is the body cut at a length, maybe in the middle of their sentence, which no hash of a
            # whole sentence finds: it goes with the body it was cut from
            item.excerpt = None

    def record_drop(self, url: str, reason: str, detail: str | None = None) -> None:
        """A drop seen outside a callback (a refused request, a failed download)."""
        self.item_scraped(DropItem(url=url, reason=reason, detail=detail, fetched_at=utc_now()), None, None)  # type: ignore[arg-type]

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        self._write(
            REQUEST_LOG,
            {"url": request.url, "method": request.method, "status": response.status, "fetched_at": utc_now()},
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        statuses = {
            key.rsplit("/", 1)[1]: value
            for key, value in stats.items()
            if key.startswith("downloader/response_status_count/")
        }
        summary = {
            "site": getattr(spider, "site_url", None),
            "started_at": self.started_at,
            "finished_at": utc_now(),
            "finish_reason": reason,
            "duration_seconds": stats.get("elapsed_time_seconds"),
            "requests": stats.get("downloader/request_count", 0),
            "responses": stats.get("downloader/response_count", 0),
            "responses_by_status": statuses,
            "items": self.item_counts,
            "drops": self.drop_reasons,
            "errors": {
                "log_errors": stats.get("log_count/ERROR", 0),
                "spider_exceptions": stats.get("spider_exceptions/count", 0),
                "download_exceptions": stats.get("downloader/exception_count", 0),
            },
            "discovery": getattr(spider, "discovery_report", {}),
            "fatal": getattr(spider, "fatal_error", None),
            # incremental: posts.jsonl holds only new and changed posts (each with all its comments), and
            # posts that vanished are confirmed by a gone_404/gone_410 drop.
            "mode": getattr(spider, "mode", "full"),
            # A capped run saw only part of the blog: the loader must not mark unseen posts deleted.
            "is_capped": bool(getattr(spider, "capped", False)) or bool(stats.get("wparchive/refused/request_cap")),
            "max_posts": getattr(spider, "max_posts", None),
            "max_requests": self.crawler.settings.getint("WPARCHIVE_MAX_REQUESTS"),
            "scrapy": {k: v for k, v in stats.items() if isinstance(v, (int, float, str))},
        }
        (self.run_dir / STATS_FILE).write_text(json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n")
        for handle in self.files.values():
            handle.close()
