"""Politeness that holds across the crawls of one process: per host, one request in flight and ~1 request/s in all.

Each site's Scrapy ``Crawler`` has its own downloader, so its own per-host slot: blogs that share a host
(sub-directory blogs, WordPress.com's public API) would each get their own second. ``HostLimiter`` is shared by
every crawler in the process; ``HostLimitMiddleware`` makes each request wait for its host's turn. robots.txt is
not limited and gets its own download slot, so fetching it costs the host no delay.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

_LEASE = "wparchive_host_lease"


@dataclass
class _Host:
    busy_since: float | None = None  # loop time the request in flight started waiting for its turn; None = free
    last_start: float = float("-inf")
    free: asyncio.Event = field(default_factory=asyncio.Event)


class HostLimiter:
    """Per host: at most one request in flight, and request starts at least ``interval`` seconds apart."""

    def __init__(self) -> None:
        self.hosts: dict[str, _Host] = {}

    async def acquire(self, host: str, interval: float, max_hold: float) -> None:
        """Wait for ``host``'s turn. A lease held longer than ``max_hold`` (a request lost without an answer or
        an error) is taken over, so one lost request never stalls a host for good."""
        loop = asyncio.get_running_loop()
        state = self.hosts.setdefault(host, _Host())
        while state.busy_since is not None and loop.time() < state.busy_since + max_hold:
            state.free.clear()
            try:
                await asyncio.wait_for(state.free.wait(), state.busy_since + max_hold - loop.time())
            except TimeoutError:
                pass
        state.busy_since = loop.time()
        wait = state.last_start + interval - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        state.last_start = loop.time()

    def release(self, host: str) -> None:
        state = self.hosts.get(host)
        if state is not None:
            state.busy_since = None
            state.free.set()


LIMITER = HostLimiter()  # one per process: every Crawler of the crawl pool shares it


def _host(request: Request) -> str:
    # Scrapy's download slots are keyed by host name without the port; so is the limiter.
    return (urlsplit(request.url).hostname or "").lower()


class HostLimitMiddleware:
    """Holds each request until its host's turn in the process-wide ``LIMITER``; releases it on the answer."""

    def __init__(self, interval: float, max_hold: float):
        self.interval = interval
        self.max_hold = max_hold

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("WPARCHIVE_HOST_LIMIT_ENABLED"):
            raise NotConfigured  # off (the fast profile); no message, so Scrapy logs no warning for it
        interval = crawler.settings.getfloat("WPARCHIVE_HOST_INTERVAL")
        return cls(interval, crawler.settings.getfloat("DOWNLOAD_TIMEOUT") + interval + 30)

    async def process_request(self, request: Request) -> None:
        if urlsplit(request.url).path == "/robots.txt":
            # Its own slot: the robots.txt answer must not set the host slot's last-seen time (a full delay).
            request.meta.setdefault("download_slot", f"{_host(request)} robots.txt")
            return None
        await LIMITER.acquire(_host(request), self.interval, self.max_hold)
        request.meta[_LEASE] = True
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)
        return None

    def _release(self, request: Request) -> None:
        if request.meta.pop(_LEASE, False):
            LIMITER.release(_host(request))
