"""The crawl's logs: one line per problem on the console, every detail (tracebacks included) in
``<run_dir>/crawl.log``.

An unreachable host or a REST answer of the wrong shape is an expected event for an archiver: the operator needs
the sentence (``wparchive: the site is unreachable …``), not Scrapy's traceback; whoever debugs needs the
traceback, which the run directory keeps.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.logcount import LogCount

LOG_FILE = "crawl.log"


class OneLineExceptions(logging.Formatter):
    """Formats like the handler's own formatter, with an exception as one ``(Type: message)`` suffix."""

    def __init__(self, inner: logging.Formatter | None):
        super().__init__()
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        exc_info, exc_text = record.exc_info, record.exc_text
        record.exc_info = record.exc_text = None  # other handlers (the file) still see the traceback
        try:
            text = self.inner.format(record)
        finally:
            record.exc_info, record.exc_text = exc_info, exc_text
        if exc_info and exc_info[1] is not None:
            text += f" ({exc_info[0].__name__}: {exc_info[1]}; details in {LOG_FILE})"
        return text


def crawler_of(record: logging.LogRecord) -> Crawler | None:
    """The crawl a log record belongs to: Scrapy and wparchive pass ``extra={"spider": …}`` or ``{"crawler": …}``."""
    crawler = getattr(record, "crawler", None)
    if crawler is None:
        crawler = getattr(getattr(record, "spider", None), "crawler", None)
    return crawler


class OwnRecords(logging.Filter):
    """Lets through the records of one crawl. The crawl pool runs many crawls in one process, all logging through
    the root logger: without it every site's crawl.log would hold every other site's lines (and each line would be
    handled by K files). A record no crawl claims is taken only when ``takes_unclaimed`` (the process's only crawl).
    """

    def __init__(self, crawler: Crawler, takes_unclaimed: bool):
        super().__init__()
        self.crawler = crawler
        self.takes_unclaimed = takes_unclaimed

    @classmethod
    def of(cls, crawler: Crawler) -> "OwnRecords":
        """The filter of ``crawler``'s records, taking unclaimed ones as its settings say."""
        return cls(crawler, crawler.settings.getbool("WPARCHIVE_LOG_FILE_UNCLAIMED", True))

    def filter(self, record: logging.LogRecord) -> bool:
        crawler = crawler_of(record)
        return crawler is self.crawler if crawler is not None else self.takes_unclaimed


class CrawlLog:
    """Extension: on spider open, writes its crawl's log to the run directory and shortens console tracebacks."""

    def __init__(self, run_dir: Path, level: str, crawler: Crawler | None = None):
        self.path = run_dir / LOG_FILE
        self.level = level
        self.crawler = crawler
        self.handler: logging.Handler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        run_dir = crawler.settings.get("WPARCHIVE_RUN_DIR")
        if not run_dir:
            raise NotConfigured("WPARCHIVE_RUN_DIR not set")
        o = cls(Path(run_dir), crawler.settings.get("WPARCHIVE_LOG_FILE_LEVEL", "INFO"), crawler)
        crawler.signals.connect(o.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(o.spider_closed, signal=signals.spider_closed)
        return o

    def spider_opened(self, spider: Spider) -> None:
        root = logging.getLogger()
        for handler in root.handlers:
            if type(handler) is logging.StreamHandler and not isinstance(handler.formatter, OneLineExceptions):
                handler.setFormatter(OneLineExceptions(handler.formatter))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handler = logging.FileHandler(self.path, encoding="utf-8")
        self.handler.setLevel(self.level)
        self.handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
        if self.crawler is not None:
            self.handler.addFilter(OwnRecords.of(self.crawler))
        root.addHandler(self.handler)
        if root.level > self.handler.level:
            root.setLevel(self.handler.level)

    def spider_closed(self, spider: Spider) -> None:
        if self.handler is not None:
            logging.getLogger().removeHandler(self.handler)
            self.handler.close()
            self.handler = None


class OwnLogCount(LogCount):
    """Scrapy's ``LogCount`` (the ``log_count/<level>`` stats; stats.json's ``errors.log_errors``) counting only its
    own crawl's records: in the crawl pool each crawler's counter would count every other site's lines too."""

    def spider_opened(self, spider: Spider) -> None:
        super().spider_opened(spider)
        if self.handler is not None:
            self.handler.addFilter(OwnRecords.of(self.crawler))
