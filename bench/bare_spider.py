"""The throughput baseline: a bare Scrapy spider that only follows same-host links (run as a script).

``python bench/bare_spider.py BASE_URL STATS_JSON`` — same politeness-off settings as wparchive's fast profile,
no extraction, no items; writes Scrapy's stats to STATS_JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.settings import FAST_PROFILE  # noqa: E402  (after the path set-up)
from crawler.urls import is_trap, normalise_url  # noqa: E402


class BareSpider(Spider):
    name = "bare"

    def __init__(self, base_url: str, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.base_url = base_url
        self.host = urlsplit(base_url).netloc

    async def start(self):  # type: ignore[no-untyped-def]
        yield Request(self.base_url)

    def parse(self, response: Response):  # type: ignore[no-untyped-def]
        if not hasattr(response, "css"):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == self.host and not is_trap(url):
                yield Request(normalise_url(url))


def main() -> None:
    base_url, stats_path = sys.argv[1], Path(sys.argv[2])
    settings = {"ROBOTSTXT_OBEY": True, "REMOTE_CONTROL_ENABLED": False, "TELNETCONSOLE_ENABLED": False,
                "COOKIES_ENABLED": False, **FAST_PROFILE}
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, base_url=base_url)
    process.start()
    stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, (int, float, str))}
    stats_path.write_text(json.dumps(stats, indent=1, default=str))


if __name__ == "__main__":
    main()
