"""Politeness that holds across the crawls of one process: per host, one request in flight and ~1 request/s in all.

Each site's Scrapy ``Crawler`` has its own downloader, so its own per-host slot: blogs that share a host
(sub-directory blogs, WordPress.com's public API) would each get their own second. ``HostLimiter`` is shared by
every crawler in the process; ``HostLimitMiddleware`` makes each request wait for its host's turn. robots.txt is
not limited and gets its own download slot, so fetching it costs the host no delay.

A crawl pool of several processes (crawler/pool.py) shards sites by host, so blogs on one host share a process; a
host found only while crawling (WordPress.com's public API, used by every blog it hosts) may still be reached from
two processes, so then each host's turn is also taken in ``HostLeases``: one small file per host in a directory the
pool's processes share, read and written under ``flock``.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from urllib.parse import quote, urlsplit

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


class HostLeases:
    """Per host, the turn shared by the processes of one crawl pool: a file ``<directory>/<host>`` holding when the
    request in flight took it (``-`` when none is) and when the last request started (``time.monotonic()``, one
    clock for every process of the machine). Each look holds the file's ``flock`` for a read and a write."""

    POLL_SECONDS = 0.05  # how soon a process looks again while another holds the host

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def try_take(self, host: str, interval: float, max_hold: float) -> float:
        """Take ``host``'s turn if it is free and its interval has passed: 0.0. Else the seconds to wait before
        trying again. A turn held longer than ``max_hold`` (its process died mid-request) is taken over."""
        with self._locked(host) as fd:
            busy_since, last_start = self._read(fd)
            now = time.monotonic()
            if busy_since is not None and now < busy_since + max_hold:
                return min(self.POLL_SECONDS, busy_since + max_hold - now)
            wait = last_start + interval - now
            if wait > 0:
                return wait
            self._write(fd, now, now)
            return 0.0

    def give_back(self, host: str, sent_at: float | None = None) -> None:
        with self._locked(host) as fd:
            _busy_since, last_start = self._read(fd)
            self._write(fd, None, last_start if sent_at is None else max(last_start, sent_at))

    def _locked(self, host: str) -> "_LockedFile":
        return _LockedFile(self.directory / (quote(host, safe="") or "_"))

    @staticmethod
    def _read(fd: int) -> tuple[float | None, float]:
        fields = os.pread(fd, 100, 0).split()
        if len(fields) != 2:  # a new file
            return None, float("-inf")
        busy_since = None if fields[0] == b"-" else float(fields[0])
        return busy_since, float(fields[1])

    @staticmethod
    def _write(fd: int, busy_since: float | None, last_start: float) -> None:
        line = f"{'-' if busy_since is None else repr(busy_since)} {last_start!r}\n".encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, line, 0)


class _LockedFile:
    """A file opened and ``flock``ed for the length of a ``with`` block (closing it releases the lock)."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> int:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self.fd

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)


class HostLimiter:
    """Per host: at most one request in flight, and request starts at least ``interval`` seconds apart; with
    ``leases``, across the processes of a crawl pool too."""

    def __init__(self, leases: HostLeases | None = None) -> None:
        self.hosts: dict[str, _Host] = {}
        self.leases = leases
        self.crawl_delays: dict[str, float] = {}  # host → the interval its robots.txt asks for (Crawl-delay)

    def ask_interval(self, host: str, seconds: float) -> None:
        """A host's robots.txt asks for ``seconds`` between requests: its turns come at least that far apart, for
        every crawl of the process that reaches it."""
        self.crawl_delays[host] = seconds

    async def acquire(self, host: str, interval: float, max_hold: float) -> None:
        """Wait for ``host``'s turn. A lease held longer than ``max_hold`` (a request lost without an answer or
        an error) is taken over, so one lost request never stalls a host for good."""
        loop = asyncio.get_running_loop()
        asked = self.crawl_delays.get(host, 0.0)
        interval, max_hold = max(interval, asked), max_hold + asked  # a turn's wait is part of its hold
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
        while self.leases is not None and (wait := self.leases.try_take(host, interval, max_hold)) > 0:
            await asyncio.sleep(wait)
        state.last_start = loop.time()

    def release(self, host: str, sent_at: float | None = None) -> None:
        """End the request in flight. ``sent_at`` (loop time) is when it really left, if later than its turn: the
        next turn counts the interval from there, so a request held up in a busy process still reaches the host
        ``interval`` after the one before it."""
        state = self.hosts.get(host)
        if state is not None:
            if sent_at is not None:
                state.last_start = max(state.last_start, sent_at)
            state.busy_since = None
            state.free.set()
            if self.leases is not None:
                self.leases.give_back(host, sent_at)


LIMITER = HostLimiter()  # one per process: every Crawler of the crawl pool shares it


def _host(request: Request) -> str:
    # Scrapy's download slots are keyed by host name without the port; so is the limiter.
    return (urlsplit(request.url).hostname or "").lower()


def honour_crawl_delay(crawler: Crawler, netloc: str, asked: float | None) -> None:
    """robots.txt's ``Crawl-delay`` (no part of RFC 9309, but a site's stated wish): the host's requests start at
    least that many seconds apart, up to ``WPARCHIVE_MAX_CRAWL_DELAY`` (a delay of an hour would make a nightly
    crawl of a few hundred posts take weeks); stats.json records what was asked and what was kept. The fast
    profile has no host limiter: loopback test sites only."""
    if not crawler.settings.getbool("WPARCHIVE_HOST_LIMIT_ENABLED"):
        return
    # (a robots.txt read later in the process, by another crawl, replaces what an earlier one asked)
    kept = min(asked, crawler.settings.getfloat("WPARCHIVE_MAX_CRAWL_DELAY")) if asked and asked > 0 else 0.0
    if kept:
        crawler.stats.set_value("wparchive/robotstxt/crawl_delay_asked", asked)
        crawler.stats.set_value("wparchive/robotstxt/crawl_delay_kept", kept)
    LIMITER.ask_interval((urlsplit(f"//{netloc}").hostname or "").lower(), kept)


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
        # Scrapy's download handler started the request ``download_latency`` seconds before the answer's headers
        # came, so at or before now minus that: counting from there is never too soon, and in a busy process it
        # can be well after the request's turn.
        latency = request.meta.get("download_latency")
        self._release(request, time.monotonic() - latency if isinstance(latency, float) else None)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request, time.monotonic())  # sent at some point before now: counted from now
        return None

    def _release(self, request: Request, sent_at: float | None) -> None:
        if request.meta.pop(_LEASE, False):
            LIMITER.release(_host(request), sent_at)
