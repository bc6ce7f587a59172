"""Configuration of the nightly run: sites.toml, then environment variables for paths, then command-line flags.

sites.toml (see the example at the repository root)::

    [defaults]           # every key optional
    profile = "polite"   language = "sv"   timezone = "Europe/Stockholm"
    max_parallel_sites = 2   crawl_retries = 2   crawl_retry_delay_seconds = 300   crawl_timeout_seconds = 7200
    [schedule]
    cron = "30 2 * * *"   timezone = "Europe/Stockholm"
    [[sites]]
    name = "exempelbloggen"   url = "https://blog.example/"   # + any default, per site
    [scale_out]          # optional: crawl on Prefect work-pool workers, run directories through object storage
    store = "s3://bucket/prefix"   endpoint_url = "http://127.0.0.1:9000"   work_pool = "wparchive-crawl"
    shards = 2   shard_timeout_seconds = 3600   shard_attempts = 3

Environment: WPARCHIVE_CONFIG (the file), WPARCHIVE_DB (the database), WPARCHIVE_DATA_DIR (run directories).
The file is checked against a schema when it is read (pydantic): an unknown section or key, a wrong type, an unknown
time zone or an invalid cron is an error naming the file, the line and, for a typo, the nearest valid key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    NonNegativeFloat,
    NonNegativeInt,
    PositiveFloat,
    PositiveInt,
    ValidationError,
    field_validator,
)

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
class ScaleOut:
    """Crawling on other machines (flows/shards.py): the sites are split into ``shards`` by host, each crawled by a
    ``crawl-shard`` flow run on the ``work_pool``, run directories handed back through ``store``."""

    store: str  # an fsspec URL: s3://bucket/prefix, or a folder every machine mounts (file:///mnt/wparchive)
    endpoint_url: str | None = None  # an S3-compatible server other than AWS (MinIO, Ceph, moto in the tests)
    work_pool: str = "wparchive-crawl"
    shards: int = 2
    shard_timeout_seconds: float = 3600.0  # a shard that finishes no site for this long is re-submitted
    shard_attempts: int = 3  # submissions of a site before it counts as failed


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
    scale_out: ScaleOut | None = None  # None: every site crawled on this machine (crawler/pool.py)
    extra: dict[str, Any] = field(default_factory=dict)


def check_site_url(url: str) -> str:
    """The site's root URL as the crawler spells it (``site_root``), or ``ConfigError`` saying what is wrong."""
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{url!r} is not a web address: give the blog's URL, e.g. https://blog.example/")
    text = site_root(text)  # an IDN host in its ASCII form, without a trailing dot
    parts = urlsplit(text)
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


def check_timezone(name: str, where: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: unknown time zone {name!r} (e.g. Europe/Stockholm)") from None
    return name


def check_cron(expression: str, where: str = "cron", *, quick: bool = True) -> str:
    """The cron expression when Prefect's scheduler accepts it (the one that will run it), else ``ConfigError``.

    ``quick``: an ordinary five-field expression that cronsim reads is taken without importing Prefect (reading
    sites.toml is the first thing `wparchive run` does, and importing Prefect there cost ~2.4 s before the run's
    process could start; `run` does not use the schedule); anything else is put to Prefect's own check. `serve`
    and `deploy`, which hand the schedule to Prefect, check it with ``quick=False`` before a server starts."""
    if not (quick and _plainly_valid_cron(expression)):
        from flows import prefect_env  # noqa: F401  (Prefect's environment before Prefect is first imported)
        from prefect.client.schemas.schedules import CronSchedule
        from pydantic import ValidationError as PrefectValidationError

        try:
            CronSchedule(cron=expression)
        except PrefectValidationError:
            raise ConfigError(f"{where}: {expression!r} is not a valid cron expression (five fields: minute hour "
                              "day-of-month month day-of-week, e.g. \"30 2 * * *\")") from None
    return expression


def _plainly_valid_cron(expression: str) -> bool:
    """Five fields of digits, ``*``, ``,``, ``-`` and ``/`` that cronsim reads: the expressions Prefect's croniter
    accepts too. Anything else (names, ``@daily``, ``L``, random or hashed fields) is left to Prefect."""
    from cronsim import CronSim, CronSimError

    fields = expression.split()
    if len(fields) != 5 or any(not re.fullmatch(r"[0-9*,/-]+", field) for field in fields):
        return False
    try:
        CronSim(expression, dt.datetime(2026, 1, 1))
    except CronSimError:
        return False
    return True


# ---------------------------------------------------------------------------------------------------- the file
# The schema of sites.toml. Unknown sections and keys are errors (a typo must not be ignored silently); each
# error names the file, the line and the nearest valid key (_describe).

class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _SiteKeys(_Section):
    """What a site may set, and [defaults] for every site."""

    language: str | None = None
    timezone: str | None = None
    profile: Literal["polite", "fast"] | None = None
    max_posts: PositiveInt | None = None  # a cap makes the crawl incomplete: it never marks posts deleted
    max_requests: PositiveInt | None = None
    user_agent: str | None = None

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str | None) -> str | None:
        if value is not None:
            check_timezone(value, "timezone")
        return value


class _Defaults(_SiteKeys):
    max_parallel_sites: PositiveInt = 2
    crawl_retries: NonNegativeInt = 2
    crawl_retry_delay_seconds: NonNegativeFloat = 300.0
    crawl_timeout_seconds: PositiveFloat = 7200.0
    data_dir: str | None = None
    db: str | None = None


class _Site(_SiteKeys):
    name: str | None = None
    url: str

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str) -> str:
        return check_site_url(value)


class _Schedule(_Section):
    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, value: str) -> str:
        return check_cron(value, "cron")

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        return check_timezone(value, "timezone")


class _ScaleOut(_Section):
    store: str
    endpoint_url: str | None = None
    work_pool: str = "wparchive-crawl"
    shards: PositiveInt = 2
    shard_timeout_seconds: PositiveFloat = 3600.0
    shard_attempts: PositiveInt = 3

    @field_validator("store")
    @classmethod
    def _store_url(cls, value: str) -> str:
        scheme = value.split("://", 1)[0] if "://" in value else ""
        if not scheme or not value.split("://", 1)[1].strip("/"):
            raise ValueError(f"{value!r} is not a store URL: give e.g. s3://bucket/prefix or file:///shared/folder")
        return value.rstrip("/")

    @field_validator("endpoint_url")
    @classmethod
    def _endpoint(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError(f"{value!r} is not an http(s) address of an S3-compatible server")
        return value


class _ConfigFile(_Section):
    defaults: _Defaults = _Defaults()
    schedule: _Schedule = _Schedule()
    sites: list[_Site] = []
    scale_out: _ScaleOut | None = None


_SECTION_MODELS: dict[str, type[BaseModel]] = {"defaults": _Defaults, "schedule": _Schedule, "sites": _Site,
                                                "scale_out": _ScaleOut}


def _where(loc: tuple[Any, ...]) -> str:
    """``('sites', 0, 'url')`` → ``[[sites]] #1 url``; ``('defaults', 'profle')`` → ``[defaults] profle``."""
    if not loc:
        return "the file"
    if loc[0] == "sites" and len(loc) > 1 and isinstance(loc[1], int):
        return " ".join([f"[[sites]] #{loc[1] + 1}", *map(str, loc[2:])])
    if loc[0] in _SECTION_MODELS:
        return " ".join([f"[{loc[0]}]", *map(str, loc[1:])])
    return str(loc[0])


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line (1-based) where ``loc`` is written: a section header, or a key inside its section."""
    header = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]?")
    key_line = re.compile(r"^\s*[\"']?([A-Za-z0-9_-]+)[\"']?\s*=")
    section: tuple[Any, ...] = ()
    counts: dict[str, int] = {}
    wanted_section = loc[:2] if loc and loc[0] == "sites" and len(loc) > 1 else loc[:1]
    wanted_key = loc[len(wanted_section)] if len(loc) > len(wanted_section) else None
    section_line = None  # where the wanted section starts: the answer for a key it lacks (a missing url)
    for number, line in enumerate(text.splitlines(), start=1):
        found = header.match(line)
        if found:
            name = found.group(2).strip("\"' ")
            if found.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                section = (name, counts[name])
            else:
                section = (name,)
            if section[:len(wanted_section)] == tuple(wanted_section):
                if wanted_key is None:
                    return number
                section_line = section_line or number
            continue
        found = key_line.match(line)
        if found and wanted_key is not None and found.group(1) == str(wanted_key) \
                and section == tuple(wanted_section):
            return number
        if found and not section and len(loc) == 1 and found.group(1) == str(loc[0]):
            return number  # a top-level key that should have been a section
    return section_line


def _describe(error: dict[str, Any], path: Path, text: str) -> str:
    """One pydantic error as a sentence naming the file, the line and, for an unknown key, the nearest valid one."""
    loc = tuple(error["loc"])
    line = _line_of(text, loc)
    at = f"{path}:{line}" if line else str(path)
    if error["type"] == "extra_forbidden":
        key = str(loc[-1])
        if len(loc) == 1:
            valid = [f"[{name}]" if name != "sites" else "[[sites]]" for name in _SECTION_MODELS]
            near = difflib.get_close_matches(key, list(_SECTION_MODELS), n=1, cutoff=0.4)
            hint = f"; did you mean {'[[sites]]' if near == ['sites'] else f'[{near[0]}]'}?" if near else ""
            return f"{at}: unknown section {key!r}{hint} (valid sections: {', '.join(valid)})"
        model = _SECTION_MODELS[str(loc[0])]
        valid_keys = list(model.model_fields)
        near = difflib.get_close_matches(key, valid_keys, n=1, cutoff=0.5)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        return (f"{at}: {_where(loc[:-1])}: unknown key {key!r}{hint} "
                f"(valid keys: {', '.join(valid_keys)})")
    message = str(error.get("ctx", {}).get("error") or error["msg"])
    message = re.sub(r"^(timezone|cron): ", "", message)
    return f"{at}: {_where(loc)}: {message}"


def read_config_file(path: Path) -> _ConfigFile:
    """sites.toml, parsed and checked against its schema; ``ConfigError`` naming the file and line otherwise."""
    if not path.is_file():
        raise ConfigError(f"{path} is not a file: name the sites file (sites.toml) itself")
    try:
        # utf-8-sig: a BOM, as Windows' Notepad saves one, is no TOML statement
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} can't be read: {exc}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    try:
        return _ConfigFile.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(error, path, text) for error in exc.errors(include_url=False)]
        raise ConfigError("\n".join(problems)) from None


def _site(entry: _Site, defaults: _Defaults) -> SiteConfig:
    def pick(key: str) -> Any:
        value = getattr(entry, key)
        return getattr(defaults, key) if value is None else value

    return SiteConfig(
        name=entry.name or default_site_name(entry.url),
        url=entry.url,
        language=pick("language"),
        timezone=pick("timezone") or DEFAULT_TIMEZONE,
        profile=pick("profile") or "polite",
        max_posts=pick("max_posts"),
        max_requests=pick("max_requests"),
        user_agent=pick("user_agent"),
    )


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
    parsed = read_config_file(path) if path.exists() else _ConfigFile()
    defaults, schedule = parsed.defaults, parsed.schedule
    configured = [_site(entry, defaults) for entry in parsed.sites]
    if site_urls:
        by_url = {_url_key(s.url): s for s in configured}
        sites = []
        for url in site_urls:
            url = check_site_url(url)
            known = by_url.get(_url_key(url))
            sites.append(known or _site(_Site(url=url), defaults))
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
    first_by_url: dict[str, str] = {}
    for site in sites:  # one blog twice would be crawled twice a night and its runs keyed by one address
        first = first_by_url.setdefault(_url_key(site.url), site.name)
        if first != site.name:
            raise ConfigError(f"sites {first!r} and {site.name!r} are the same blog ({site.url}): list it once")

    for name in ("WPARCHIVE_DB", "WPARCHIVE_DATA_DIR", "WPARCHIVE_CONFIG"):
        if name in env and not env[name].strip():
            # an empty value would quietly mean the default: a new, empty archive and a full crawl of every blog
            raise ConfigError(f"{name} is set but empty: give a path, or unset it for the default")
    data = Path(data_dir or env.get("WPARCHIVE_DATA_DIR") or defaults.data_dir or DEFAULT_DATA_DIR)
    if data.exists() and not data.is_dir():
        raise ConfigError(f"the data directory {data} is a file, not a folder")
    erasure_list = env.get("WPARCHIVE_ERASURE_LIST")
    if erasure_list and not Path(erasure_list).is_file():
        # privacy: a crawl that can't read the erasure list would archive erased commenters again
        raise ConfigError(f"WPARCHIVE_ERASURE_LIST names {erasure_list}, which is no file: a crawl without its "
                          f"erasure list would archive erased commenters again")
    db = Path(db_path or env.get("WPARCHIVE_DB") or defaults.db or data / DEFAULT_DB_NAME)
    parallel = int(max_parallel_sites or defaults.max_parallel_sites)
    if parallel < 1:
        raise ConfigError("max_parallel_sites must be at least 1")
    return Settings(
        db_path=db,
        data_dir=data,
        sites=tuple(sites),
        max_parallel_sites=parallel,
        crawl_retries=int(crawl_retries if crawl_retries is not None else defaults.crawl_retries),
        crawl_retry_delay_seconds=float(crawl_retry_delay_seconds if crawl_retry_delay_seconds is not None
                                        else defaults.crawl_retry_delay_seconds),
        crawl_timeout_seconds=float(defaults.crawl_timeout_seconds),
        cron=check_cron(cron, "--cron") if cron else schedule.cron,
        cron_timezone=schedule.timezone,
        config_path=path if path.exists() else None,
        scale_out=ScaleOut(**parsed.scale_out.model_dump()) if parsed.scale_out else None,
    )


def _url_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}{parts.path.rstrip('/')}"
