"""Scrapy settings for wparchive: polite defaults for real sites, a fast profile for loopback, and the wiring.

Only configuration lives here. ``settings_for(profile, run_dir, …)`` returns the dict a crawl runs with.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

BOT_NAME = "wparchive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# A contact User-Agent: site owners can see who crawls them and how to reach us (override with --user-agent).
USER_AGENT = "wparchive/0.1 (+https://github.com/wparchive/wparchive; archiving public blog posts)"

ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"

# Politeness for real sites: one request at a time per host, about one per second, adapting to the server.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 % around DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# 429 and 5xx are retried; RetryAfterMiddleware honours Retry-After before retrying.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
DOWNLOAD_TIMEOUT = 30
# A 10 MB page is refused (recorded as a drop), not parsed: blogs don't serve posts that large.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# A body shorter than its Content-Length reaches BoundsMiddleware (flagged "dataloss"), which rejects it with a
# reason ("truncated_body") instead of a bare connection error; it is never read as a whole page.
DOWNLOAD_FAIL_ON_DATALOSS = False

# Scrapy 2.19 starts a code-executing "remote control" HTTP server by default; a crawler needs none of it.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy parses each callback's source (inspect + ast) on every crawler to warn about `return value` in a generator
# callback, a coding mistake: ~8 ms of CPU a site (py-spy, a pool of 200 no-change crawls), paid on every night.
WARN_ON_GENERATOR_RETURN_VALUE = False
COOKIES_ENABLED = False
# Redirects stay on (a post's http→https or trailing-slash redirect); the trap middleware re-checks each hop.
REDIRECT_ENABLED = True
METAREFRESH_ENABLED = False

HTTPERROR_ALLOWED_CODES = [403, 404, 410]  # the spider needs to see these to choose a fallback or mark a deletion

DOWNLOADER_MIDDLEWARES = {
    # robots.txt as RFC 9309 reads it: a 5xx or unreachable robots.txt disallows the host, only 500 KiB parsed.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtRfc9309Middleware": 100,
    # After the robots check (100), before the download: refuse traps, other hosts and requests over the cap.
    "crawler.middlewares.CrawlPolicyMiddleware": 120,
    # Discovery budgets on requests; on responses (before RedirectMiddleware 600 and HttpCompressionMiddleware
    # 590) redirect loops and truncated bodies become failures with a reason (crawler/bounds.py).
    "crawler.bounds.BoundsMiddleware": 610,
    # Replaces Scrapy's RetryMiddleware (550) so that 429/503 Retry-After is honoured.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    # Per host, one request in flight and ~1 request/s across every crawl of the process (the crawl pool runs one
    # Crawler per site); nearest the download so a request holds its host's turn only while it is sent.
    "crawler.politeness.HostLimitMiddleware": 940,
    # The raw archive: above every stock middleware, so on the way back it sees each response first — as
    # received, before HttpCompressionMiddleware (590) decodes it and RedirectMiddleware (600) consumes a 3xx.
    "crawler.warc.WarcArchiveMiddleware": 950,
    # Replay (wparchive reextract): answers every request from a run's WARC files; off unless
    # WPARCHIVE_REPLAY_FROM names a run directory. Last on the way out, so every other middleware ran.
    "crawler.replay.ReplayMiddleware": 960,
}

# A callback that raises becomes a drop row naming the post (or a truncating discovery stop), never a silent loss.
SPIDER_MIDDLEWARES = {"crawler.middlewares.CallbackFailureMiddleware": 950}

EXTENSIONS = {
    # Counts (stats.json's errors.log_errors) only its own crawl's log lines, not every crawl's of the pool.
    "scrapy.extensions.logcount.LogCount": None,
    "crawler.logs.OwnLogCount": 0,
    "crawler.extensions.RunDirectoryWriter": 500,
    # One line per problem on the console, tracebacks in <run_dir>/crawl.log.
    "crawler.logs.CrawlLog": 510,
}

LOG_LEVEL = "INFO"
# <run_dir>/crawl.log (crawler/logs.py) takes the crawl's own records, and those no crawl claims (Scrapy's start-up
# lines) only when this is the process's one crawl: the crawl pool turns it off when it runs several.
WPARCHIVE_LOG_FILE_UNCLAIMED = True
# Scrapy's own dedup filter still runs; the spider normalises URLs first so equal pages compare equal.
DUPEFILTER_CLASS = "scrapy.dupefilters.RFPDupeFilter"

# Hard cap on requests per run (the CrawlPolicyMiddleware refuses the rest and records them).
WPARCHIVE_MAX_REQUESTS = 20_000
# Requests each discovery source may send, and how deep a feed or listing chain is followed (crawler/bounds.py
# holds the defaults: REST posts 1,000, REST comments 5,000, sitemaps 200, feed and listing pages 500 each,
# comment pages 5,000).
WPARCHIVE_SOURCE_BUDGETS: dict[str, int] = {}
WPARCHIVE_MAX_LISTING_DEPTH = 500
# The process-wide per-host limiter (crawler/politeness.py): blogs sharing a host share its ~1 request/s.
WPARCHIVE_HOST_LIMIT_ENABLED = True
WPARCHIVE_HOST_INTERVAL = DOWNLOAD_DELAY
# robots.txt's Crawl-delay widens a host's interval, up to this many seconds (crawler/politeness.py).
WPARCHIVE_MAX_CRAWL_DELAY = 30.0
# How long a Retry-After may make us wait before a retry, at most.
WPARCHIVE_MAX_RETRY_AFTER = 120
# The per-site circuit breaker (RetryAfterMiddleware): this many 429/503 answers in a row from the blog's hosts cut
# its crawl short (an incomplete run, every post not yet read named in a drop row); 0 turns it off.
WPARCHIVE_MAX_THROTTLED_IN_A_ROW = 5
# The same breaker for downloads that time out or lose their connection (retries count), with no answer between.
WPARCHIVE_MAX_FAILED_IN_A_ROW = 20
# The raw archive (crawler/warc.py): <run_dir>/warc/*.warc.gz + captures.jsonl. On unless WPARCHIVE_WARC=0 in
# the environment (crawls run in subprocesses) or this is set False.
WPARCHIVE_WARC_ENABLED = os.environ.get("WPARCHIVE_WARC", "1") != "0"
WPARCHIVE_WARC_MAX_FILE_BYTES = 1024 * 1024 * 1024  # start a new WARC file past 1 GiB
# Payloads earlier runs stored (the flow writes <run_dir>/known_payloads.jsonl; this overrides the path).
WPARCHIVE_WARC_KNOWN_PAYLOADS: str | None = None
# Erasures (crawler/erasure.py): the erasure list a crawl applies before writing anything; default: the
# erasure-list.json of the data directory the run directory sits in.
WPARCHIVE_ERASURE_LIST: str | None = os.environ.get("WPARCHIVE_ERASURE_LIST") or None
# Replay instead of download: a run directory whose WARC files answer every request (wparchive reextract).
WPARCHIVE_REPLAY_FROM: str | None = None
# Media: the images each harvested post shows and the theme's styles, scripts, icons and fonts (crawler/media.py).
# WPARCHIVE_MEDIA=0 (``--no-media``) turns it off.
WPARCHIVE_MEDIA_ENABLED = os.environ.get("WPARCHIVE_MEDIA", "1") != "0"
WPARCHIVE_MEDIA_MAX_BYTES = 10 * 1024 * 1024  # one file; larger ones become a media_too_large drop
WPARCHIVE_MEDIA_MAX_PER_POST = 100  # new media files one post may add to a run
WPARCHIVE_MEDIA_MAX_REQUESTS = 5_000  # media requests per run (pages are capped separately)

# The fast profile: for the loopback test bed and benchmarks only (never for someone else's site).
FAST_PROFILE: dict[str, Any] = {
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_TIMES": 1,
    "WPARCHIVE_MAX_RETRY_AFTER": 2,
    "WPARCHIVE_HOST_LIMIT_ENABLED": False,
    "LOG_LEVEL": "WARNING",
}


def settings_for(profile: str, run_dir: Path, **overrides: Any) -> dict[str, Any]:
    """The settings of one crawl: this module's values, the chosen profile, and explicit overrides."""
    values = {k: v for k, v in globals().items() if k.isupper() and k != "FAST_PROFILE"}
    if profile == "fast":
        values.update(FAST_PROFILE)
    elif profile != "polite":
        raise ValueError(f"unknown profile {profile!r} (polite | fast)")
    values["WPARCHIVE_RUN_DIR"] = str(run_dir)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return values
