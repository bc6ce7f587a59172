"""The one spelling of a crawl's options: from sites.toml (or the command line) through the crawl pool to the spider.

A ``CrawlJob`` is one site to crawl into one run directory with its ``CrawlOptions``; it travels to the crawl
process as one JSON line, and ``scrapy_settings``/``spider_kwargs`` are the only places that turn it into Scrapy's
terms.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CrawlOptions:
    """How to crawl one site. The first four fields are spelled as in sites.toml (``flows/config.py``)."""

    profile: str = "polite"  # polite: ~1 request/s per host; fast: loopback test sites only
    max_posts: int | None = None  # a cap makes the crawl incomplete: it never marks posts deleted
    max_requests: int | None = None  # hard cap on requests (default: crawler/settings.py)
    user_agent: str | None = None
    api_root: str | None = None  # a REST root to use instead of discovering one (WordPress.com's public API)
    state: str | None = None  # the archive's crawl state (JSON): fetch only new and changed posts
    timeout_seconds: float | None = None  # the site's deadline: past it the crawl is stopped and its outputs wiped
    settings: dict[str, Any] = field(default_factory=dict)  # extra Scrapy settings (the replay's)

    # The fields a site's configuration (flows/config.py SiteConfig) carries under the same names.
    SITE_FIELDS = ("profile", "max_posts", "max_requests", "user_agent")

    @classmethod
    def for_site(cls, site: Any, **more: Any) -> "CrawlOptions":
        """The options of a configured site (any object with the ``SITE_FIELDS`` attributes), plus ``more``."""
        return cls(**{name: getattr(site, name) for name in cls.SITE_FIELDS}, **more)


@dataclass(frozen=True)
class CrawlJob:
    """One site to crawl into one run directory."""

    site_url: str
    run_dir: str
    options: CrawlOptions = CrawlOptions()

    def scrapy_settings(self) -> dict[str, Any]:
        from crawler.settings import settings_for

        o = self.options
        return settings_for(o.profile, Path(self.run_dir), WPARCHIVE_MAX_REQUESTS=o.max_requests,
                            USER_AGENT=o.user_agent, **o.settings)

    def spider_kwargs(self) -> dict[str, Any]:
        o = self.options
        return {"site_url": self.site_url, "max_posts": o.max_posts, "api_root": o.api_root, "state": o.state}

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, default=str)

    @classmethod
    def from_json(cls, line: str) -> "CrawlJob":
        raw = json.loads(line)
        return cls(site_url=raw["site_url"], run_dir=raw["run_dir"], options=CrawlOptions(**raw.get("options", {})))
