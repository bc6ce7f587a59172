"""Configuration of the nightly run: sites.toml, then environment variables for paths, then command-line flags.

sites.toml (see the example at the repository root)::

    [defaults]           # every key optional
    profile = "polite"   language = "sv"   timezone = "Europe/Stockholm"
    max_parallel_sites = 2   crawl_retries = 2   crawl_retry_delay_seconds = 300   crawl_timeout_seconds = 7200
    [schedule]
    cron = "30 2 * * *"   timezone = "Europe/Stockholm"
    [[sites]]
    name = "exempelbloggen"   url = "https://blog.example/"   # + any default, per site

Environment: WPARCHIVE_CONFIG (the file), WPARCHIVE_DB (the database), WPARCHIVE_DATA_DIR (run directories).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.urls import site_root

DEFAULT_CONFIG = Path("sites.toml")
DEFAULT_DATA_DIR = Path("data")
DEFAULT_DB_NAME = "archive.duckdb"
DEFAULT_CRON = "30 2 * * *"
DEFAULT_TIMEZONE = "Europe/Stockholm"
PROFILES = ("polite", "fast")


class ConfigError(ValueError):
    """A configuration a person must fix, said in one sentence."""


@dataclass(frozen=True)
class SiteConfig:
    """One blog to archive."""

    name: str
    url: str
    language: str | None = None
    timezone: str = DEFAULT_TIMEZONE
    profile: str = "polite"
    max_posts: int | None = None  # a cap makes the crawl incomplete: it never marks posts deleted
    max_requests: int | None = None
    user_agent: str | None = None


@dataclass(frozen=True)
class Settings:
    """Everything one nightly run needs to know."""

    db_path: Path
    data_dir: Path
    sites: tuple[SiteConfig, ...]
    max_parallel_sites: int = 2
    crawl_retries: int = 2
    crawl_retry_delay_seconds: float = 300.0
    crawl_timeout_seconds: float = 7200.0
    cron: str = DEFAULT_CRON
    cron_timezone: str = DEFAULT_TIMEZONE
    config_path: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def check_site_url(url: str) -> str:
    """The site's root URL as the crawler spells it (``site_root``), or ``ConfigError`` saying what is wrong."""
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{url!r} is not a web address: give the blog's URL, e.g. https://blog.example/")
    if not re.fullmatch(r"[a-z0-9.-]+|[0-9a-f:.]+", parts.hostname) or ".." in parts.hostname:
        raise ConfigError(f"{url!r} has an invalid host name")
    try:
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError:
        raise ConfigError(f"{url!r} has an invalid port") from None
    return site_root(text)


def default_site_name(url: str) -> str:
    """A site's label when none is configured: host[:port][/path], e.g. 'blog.example' or '127.0.0.1:8080'."""
    parts = urlsplit(url)
    return (parts.netloc.lower() + parts.path).rstrip("/")


def _check_timezone(name: str, where: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: unknown time zone {name!r} (e.g. Europe/Stockholm)") from None
    return name


def _site(entry: dict[str, Any], defaults: dict[str, Any], where: str) -> SiteConfig:
    if not isinstance(entry, dict) or "url" not in entry:
        raise ConfigError(f"{where}: each [[sites]] entry needs a url")
    url = check_site_url(str(entry["url"]))
    merged = {**defaults, **entry}
    profile = merged.get("profile", "polite")
    if profile not in PROFILES:
        raise ConfigError(f"{where}: profile must be one of {', '.join(PROFILES)}, not {profile!r}")
    known = {f.name for f in dataclasses.fields(SiteConfig)}
    unknown = set(entry) - known
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)} (known: {sorted(known)})")
    return SiteConfig(
        name=str(entry.get("name") or default_site_name(url)),
        url=url,
        language=merged.get("language"),
        timezone=_check_timezone(merged.get("timezone", DEFAULT_TIMEZONE), where),
        profile=profile,
        max_posts=merged.get("max_posts"),
        max_requests=merged.get("max_requests"),
        user_agent=merged.get("user_agent"),
    )


def read_config_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None


def load_settings(
    *,
    config_path: str | Path | None = None,
    site_urls: list[str] | None = None,
    db_path: str | Path | None = None,
    data_dir: str | Path | None = None,
    profile: str | None = None,
    max_posts: int | None = None,
    max_parallel_sites: int | None = None,
    crawl_retries: int | None = None,
    crawl_retry_delay_seconds: float | None = None,
    cron: str | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Merge sites.toml, the environment and explicit arguments (which win). Given URLs replace the file's sites
    (a URL that matches a configured site keeps that site's name and settings)."""
    env = os.environ if environ is None else environ
    explicit_config = config_path or env.get("WPARCHIVE_CONFIG")
    path = Path(explicit_config) if explicit_config else DEFAULT_CONFIG
    if explicit_config and not path.exists():
        raise ConfigError(f"no configuration file at {path}")
    raw = read_config_file(path) if path.exists() else {}
    defaults = dict(raw.get("defaults", {}))
    schedule = dict(raw.get("schedule", {}))
    site_defaults = {k: defaults[k] for k in ("language", "timezone", "profile", "max_posts", "max_requests",
                                               "user_agent") if k in defaults}
    configured = [_site(entry, site_defaults, f"{path} [[sites]] #{i + 1}")
                  for i, entry in enumerate(raw.get("sites", []))]
    if site_urls:
        by_url = {_url_key(s.url): s for s in configured}
        sites = []
        for url in site_urls:
            url = check_site_url(url)
            known = by_url.get(_url_key(url))
            sites.append(known or _site({"url": url}, site_defaults, "command line"))
    else:
        sites = configured
    overrides: dict[str, Any] = {}
    if profile is not None:
        if profile not in PROFILES:
            raise ConfigError(f"profile must be one of {', '.join(PROFILES)}, not {profile!r}")
        overrides["profile"] = profile
    if max_posts is not None:
        overrides["max_posts"] = max_posts
    if overrides:
        sites = [dataclasses.replace(s, **overrides) for s in sites]
    names = [s.name for s in sites]
    if len(set(names)) != len(names):
        raise ConfigError(f"site names must be unique: {names}")

    data = Path(data_dir or env.get("WPARCHIVE_DATA_DIR") or defaults.get("data_dir") or DEFAULT_DATA_DIR)
    db = Path(db_path or env.get("WPARCHIVE_DB") or defaults.get("db") or data / DEFAULT_DB_NAME)
    parallel = int(max_parallel_sites or defaults.get("max_parallel_sites", 2))
    if parallel < 1:
        raise ConfigError("max_parallel_sites must be at least 1")
    return Settings(
        db_path=db,
        data_dir=data,
        sites=tuple(sites),
        max_parallel_sites=parallel,
        crawl_retries=int(crawl_retries if crawl_retries is not None else defaults.get("crawl_retries", 2)),
        crawl_retry_delay_seconds=float(crawl_retry_delay_seconds if crawl_retry_delay_seconds is not None
                                        else defaults.get("crawl_retry_delay_seconds", 300)),
        crawl_timeout_seconds=float(defaults.get("crawl_timeout_seconds", 7200)),
        cron=cron or schedule.get("cron", DEFAULT_CRON),
        cron_timezone=_check_timezone(schedule.get("timezone", DEFAULT_TIMEZONE), f"{path} [schedule]"),
        config_path=path if path.exists() else None,
    )


def _url_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}{parts.path.rstrip('/')}"
