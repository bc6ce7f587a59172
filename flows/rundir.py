"""Read a crawler run directory and write its cleaned twin: valid rows per table, quarantined lines, a manifest.

Layout: ``<data_dir>/runs/<run_id>/<site_slug>/`` holds the crawler's files (posts.jsonl, comments.jsonl,
comment_forms.jsonl, drops.jsonl, requests.jsonl, stats.json) plus ``run.json`` (what the flow asked for);
``clean/`` beneath it holds what the loader reads (see ``warehouse.manifest``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.outputs import CRAWL_STATE_FILE, ITEM_FILES
from flows.archive import archive_index
from flows.cleaning import (
    InvalidRecord,
    clean_agreement,
    clean_comment,
    clean_comment_form,
    clean_discovered,
    clean_drop,
    clean_media,
    clean_media_fetch,
    clean_post,
    parse_line,
    record_key,
    to_utc,
)
from warehouse.manifest import CLEAN_FILES, RunManifest

REQUEST_FILE = "run.json"
STATS_FILE = "stats.json"
CLEAN_DIR = "clean"
# Crawler file → cleaned table.
SOURCE_FILES: dict[str, str] = {name.removesuffix(".jsonl"): name for name in ITEM_FILES.values()}
# Runs at least this big are cleaned one file per process (spawning costs ~0.5 s, worth it past ~20 MB).
PARALLEL_CLEAN_BYTES = 20_000_000
# Drops that mean the crawl did not see everything it meant to see.
# (A replay that met URLs its archive doesn't hold saw a 404 that the site never sent.)
INCOMPLETE_DROP_REASONS = ("refused_request_cap", "replay_not_archived")
# stats.json's "mode" (absent: a crawler from before incremental crawling, which always crawled in full).
CRAWL_MODES = ("full", "incremental")


@dataclass
class RunRequest:
    """What the flow asked the crawler to do for one site (run.json, written before the crawl starts)."""

    run_id: str
    site_url: str
    site_name: str
    language: str | None = None
    timezone: str = "Europe/Stockholm"
    profile: str = "polite"
    max_posts: int | None = None
    max_requests: int | None = None
    requested_at: str | None = None

    @property
    def is_capped(self) -> bool:
        return self.max_posts is not None or self.max_requests is not None

    def write(self, run_dir: Path) -> None:
        run_dir.mkdir(parents=True, exist_ok=True)
        (run_dir / REQUEST_FILE).write_text(json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def read(cls, run_dir: Path) -> RunRequest | None:
        path = run_dir / REQUEST_FILE
        if not path.exists():
            return None
        data = json.loads(path.read_text())
        return cls(**{f.name: data.get(f.name) for f in dataclasses.fields(cls) if f.name in data})


def site_slug(site_url: str) -> str:
    """A directory name for a site: its host and path, lower case, safe characters only."""
    parts = urlsplit(site_url)
    raw = f"{parts.hostname or 'site'}{'-' + str(parts.port) if parts.port else ''}{parts.path}"
    return re.sub(r"[^a-z0-9.]+", "-", raw.lower()).strip("-.") or "site"


def new_run_id(now: dt.datetime) -> str:
    """A sortable run id: the UTC start time plus a short random suffix (two runs in one second differ)."""
    import secrets

    return now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def read_stats(run_dir: Path) -> dict[str, Any]:
    path = run_dir / STATS_FILE
    if not path.exists():
        return {}
    try:
        stats = json.loads(path.read_text())
    except json.JSONDecodeError:
        return {"unreadable": True}
    return stats if isinstance(stats, dict) else {"unreadable": True}


def crawl_mode(stats: dict[str, Any]) -> str:
    """The run's crawl mode from its stats.json: ``full`` when absent; a value we don't know counts as
    ``incremental``, the mode that never reads a post's absence as its deletion."""
    mode = stats.get("mode") or "full"
    return mode if mode in CRAWL_MODES else "incremental"


def _discovery_failures(stats: dict[str, Any]) -> list[Any]:
    """Discovery requests that failed (download error, HTTP error) after discovery chose its way in."""
    discovery = stats.get("discovery")
    sources = discovery.get("sources") if isinstance(discovery, dict) else None
    failures = sources.get("failures") if isinstance(sources, dict) else None
    return failures if isinstance(failures, list) else []


def _discovery_stops(stats: dict[str, Any]) -> list[dict[str, Any]]:
    """Where discovery sources stopped, and why (crawler/bounds.py)."""
    discovery = stats.get("discovery")
    stops = discovery.get("stops") if isinstance(discovery, dict) else None
    return [s for s in stops if isinstance(s, dict)] if isinstance(stops, list) else []


def crawl_error(stats: dict[str, Any]) -> str | None:
    """Why a crawl did not finish properly, from its stats.json (None when it did)."""
    if not stats:
        return "the crawl ended without writing stats.json (killed or crashed)"
    if stats.get("unreadable"):
        return "stats.json is unreadable"
    if stats.get("fatal"):
        return str(stats["fatal"])
    if stats.get("finish_reason") not in ("finished", "closespider_pagecount"):
        return f"the crawl stopped early: {stats.get('finish_reason')}"
    # every post page it set out to read failed (a blog answering 500, its rewrite rules lost): archived nothing,
    # which is no success, though each failure is named in a drop
    failed = {reason: n for reason, n in (stats.get("drops") or {}).items()
              if reason == "download_failed" or reason.startswith("http_")}
    if failed and not (stats.get("items") or {}).get("posts.jsonl"):
        return (f"no post page could be read ({', '.join(f'{n} {reason}' for reason, n in sorted(failed.items()))}): "
                f"nothing was archived")
    return None


def _iter_lines(path: Path) -> Iterator[tuple[int, str, bool, str | None]]:
    """(line_no, text, is_last, decode_error) for each line of a JSONL file, 1-based; nothing for a missing file."""
    if not path.exists():
        return
    with open(path, "rb") as handle:
        previous: bytes | None = None
        line_no = 0
        for raw in handle:
            if previous is not None:
                yield _decoded(line_no, previous, False)
            line_no += 1
            previous = raw
        if previous is not None:
            yield _decoded(line_no, previous, True)


def _decoded(line_no: int, raw: bytes, is_last: bool) -> tuple[int, str, bool, str | None]:
    try:
        return line_no, raw.decode("utf-8"), is_last, None
    except UnicodeDecodeError as exc:
        return line_no, raw.decode("utf-8", errors="backslashreplace"), is_last, f"not UTF-8: {exc.reason}"


@dataclass
class _Writer:
    """Collects the cleaned rows of one table (later duplicates replace earlier ones) and the quarantine."""

    kind: str
    source_file: str
    quarantine: list[dict[str, Any]]
    rows: dict[tuple[Any, ...], tuple[int, dict[str, Any], str]] = dataclasses.field(default_factory=dict)

    def reject(self, line_no: int, reason: str, raw: str) -> None:
        self.quarantine.append({"source_file": self.source_file, "line_no": line_no, "reason": reason,
                                "raw_line": raw.rstrip("\r\n")})

    def accept(self, line_no: int, row: dict[str, Any], raw: str) -> None:
        key = record_key(self.kind, row) if self.kind != "drops" else (line_no,)
        earlier = self.rows.get(key)
        if earlier is not None:
            self.reject(earlier[0], f"duplicate: superseded by line {line_no} of the same run", earlier[2])
        self.rows[key] = (line_no, row, raw)


_CLEANERS: dict[str, Callable[..., dict[str, Any]]] = {
    "posts": clean_post,
    "comments": clean_comment,
    "comment_forms": clean_comment_form,
    "discovered": clean_discovered,
    "agreement": clean_agreement,
    "media": clean_media,
    "media_fetches": clean_media_fetch,
}


def _clean_file(kind: str, source: Path, target: Path, site: str, language: str | None,
                fallback: str | None, timezone: str, quarantined_posts: dict[str, int] | None = None,
                ) -> tuple[int, list[dict[str, Any]]]:
    """Clean one crawler file into ``target``; returns the rows written and the quarantined lines. A comment or
    form of a post in ``quarantined_posts`` (post URL → its posts.jsonl line) is quarantined with it: one bad
    post costs its own rows, never a failing ``comments_without_post`` check that stops the publishing."""
    quarantine: list[dict[str, Any]] = []
    writer = _Writer(kind, source.name, quarantine)
    options: dict[str, Any] = {"site": site, "fetched_fallback": fallback}
    if kind == "posts":
        options["default_language"] = language
    if kind in ("posts", "comments"):
        options["local_zone"] = timezone  # for times a page printed without an offset
    for line_no, text, is_last, decode_error in _iter_lines(source):
        if not text.strip():
            continue  # a blank line carries no record
        try:
            if decode_error:
                raise InvalidRecord(decode_error)
            record = parse_line(text, is_last=is_last)
            if kind == "drops":
                row = clean_drop(record, line_no=line_no)
            else:
                row = _CLEANERS[kind](record, **options)
                row["site"] = site  # the run's site, whatever a record says: one run, one site
        except InvalidRecord as exc:
            writer.reject(line_no, str(exc), text)
            continue
        if quarantined_posts and row.get("post_url") in quarantined_posts:
            writer.reject(line_no, f"its post was quarantined (posts.jsonl line {quarantined_posts[row['post_url']]})",
                          text)
            continue
        writer.accept(line_no, row, text)
    rows = [row for _n, row, _raw in sorted(writer.rows.values(), key=lambda item: item[0])]
    return _write_jsonl(target, rows), quarantine


def clean_run_dir(
    run_dir: Path,
    *,
    run_id: str | None = None,
    site: str | None = None,
    site_name: str | None = None,
    language: str | None = None,
    timezone: str | None = None,
    clean_dir: Path | None = None,
) -> tuple[Path, RunManifest]:
    """Validate and normalise every record of ``run_dir`` into ``clean_dir`` (default ``run_dir/clean``).

    Bad lines go to quarantine.jsonl with their reason; the run's outcome (crawl error, completeness) goes to the
    manifest. Returns the cleaned directory and its manifest.
    """
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise FileNotFoundError(f"no run directory at {run_dir}")
    request = RunRequest.read(run_dir)
    stats = read_stats(run_dir)
    site = site or (request.site_url if request else None) or stats.get("site") or _first_site(run_dir)
    if not site:
        raise InvalidRecord(f"{run_dir}: cannot tell which site this run is for (no run.json, stats or records)")
    site = stats.get("site") or site  # the crawler's canonical root wins: it is what every record says
    run_id = run_id or (request.run_id if request else None) or _derived_run_id(run_dir, stats)
    site_name = site_name or (request.site_name if request else None) or (urlsplit(site).hostname or site)
    language = language or (request.language if request else None)
    timezone = timezone or (request.timezone if request else None) or "Europe/Stockholm"
    fallback = stats.get("finished_at") or stats.get("started_at")

    out = Path(clean_dir) if clean_dir else run_dir / CLEAN_DIR
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(kind, run_dir / source, out / CLEAN_FILES[kind], site, language, fallback, timezone)
            for kind, source in SOURCE_FILES.items()]
    total_bytes = sum(path.stat().st_size for _k, path, *_ in jobs if path.exists())
    workers = min(len(jobs), os.cpu_count() or 1)
    # Posts first: the comments and forms of a quarantined post go with it.
    results = [_clean_file(*jobs[0])]
    quarantined_posts = _quarantined_post_urls(results[0][1])
    jobs = [(*job, quarantined_posts) for job in jobs[1:]]
    if total_bytes >= PARALLEL_CLEAN_BYTES and workers > 1:
        # Big runs: one process per file (the GIL would serialise threads). "spawn" because the flow runs
        # this inside a threaded Prefect worker, where fork is unsafe.
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            results += list(pool.map(_clean_file, *zip(*jobs)))
    else:
        results += [_clean_file(*job) for job in jobs]
    counts = {kind: count for kind, (count, _q) in zip(SOURCE_FILES, results)}
    quarantine = sorted((q for _count, qs in results for q in qs), key=lambda q: (q["source_file"], q["line_no"]))
    counts["quarantine"] = _write_jsonl(out / CLEAN_FILES["quarantine"], quarantine)
    counts["captures"] = _write_jsonl(out / CLEAN_FILES["captures"], archive_index(run_dir))

    error = crawl_error(stats)
    drops = stats.get("drops") or {}
    is_complete = (
        error is None
        and stats.get("finish_reason") == "finished"
        # Capped: what the flow asked for (run.json), or what the crawler says it did (a stats.json that
        # predates `is_capped` counts as capped: unknown is not complete).
        and not (request is not None and request.is_capped)
        and stats.get("is_capped", True) is False
        and not any(drops.get(reason) for reason in INCOMPLETE_DROP_REASONS)
        # A listing page that failed to download (REST posts or comments, sitemap, feed) leaves no drop, only
        # this: posts it listed look absent, and comments it listed look deleted.
        and not _discovery_failures(stats)
        # A discovery source stopped by a bound that may have hidden posts (depth, budget, a failing page).
        and not any(stop.get("is_truncating") for stop in _discovery_stops(stats))
    )
    manifest = RunManifest(
        run_id=run_id, site=site, site_name=site_name,
        status="failed" if error else "succeeded", failed_step="crawl" if error else None, error=error,
        is_complete=is_complete, mode=crawl_mode(stats), finish_reason=stats.get("finish_reason"),
        started_at=_utc_or_none(stats.get("started_at")), finished_at=_utc_or_none(stats.get("finished_at")),
        requests_count=int(stats.get("requests") or 0), responses_count=int(stats.get("responses") or 0),
        language=language, timezone=timezone, profile=(request.profile if request else "polite"),
        run_dir=str(run_dir.resolve()), stats=stats, counts=counts,
    )
    manifest.write(out)
    return out, manifest


def failed_manifest(run_dir: Path, request: RunRequest, step: str, error: str) -> RunManifest:
    """The manifest of a run that produced nothing loadable (the crawl or cleaning failed outright)."""
    stats = read_stats(run_dir) if run_dir.is_dir() else {}
    # a crawl that failed before it wrote its mode: the flow handed it the archive's state, so it was incremental
    mode = crawl_mode(stats) if stats.get("mode") or not (run_dir / CRAWL_STATE_FILE).is_file() else "incremental"
    return RunManifest(
        run_id=request.run_id, site=stats.get("site") or request.site_url, site_name=request.site_name,
        status="failed", failed_step=step, error=error, mode=mode,
        finish_reason=stats.get("finish_reason"),
        started_at=_utc_or_none(stats.get("started_at")), finished_at=_utc_or_none(stats.get("finished_at")),
        requests_count=int(stats.get("requests") or 0), responses_count=int(stats.get("responses") or 0),
        language=request.language, timezone=request.timezone, profile=request.profile,
        run_dir=str(run_dir.resolve()), stats=stats,
    )


def _quarantined_post_urls(quarantine: list[dict[str, Any]]) -> dict[str, int]:
    """Post URL → posts.jsonl line, for the quarantined post lines that still name a post (duplicates superseded
    by a later line are not lost posts)."""
    urls: dict[str, int] = {}
    for q in quarantine:
        if q["reason"].startswith("duplicate:"):
            continue
        try:
            url = json.loads(q["raw_line"]).get("post_url")
        except (json.JSONDecodeError, AttributeError):
            continue
        if isinstance(url, str):
            urls[url.strip()] = q["line_no"]
    return urls


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> int:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False))
            handle.write("\n")
    return len(rows)


def _utc_or_none(value: Any) -> str | None:
    try:
        return to_utc(value, "stats time")
    except InvalidRecord:
        return None


def _first_site(run_dir: Path) -> str | None:
    for source in SOURCE_FILES.values():
        for _n, text, _last, _err in _iter_lines(run_dir / source):
            try:
                site = json.loads(text).get("site")
            except (json.JSONDecodeError, AttributeError):
                continue
            if isinstance(site, str) and site:
                return site
    return None


def _derived_run_id(run_dir: Path, stats: dict[str, Any]) -> str:
    """A run id for a directory crawled by hand (no run.json): stable, so loading it twice is a no-op."""
    started = stats.get("started_at")
    seed = f"{run_dir.resolve()}|{started}"
    stamp = ""
    if isinstance(started, str):
        stamp = re.sub(r"[^0-9T]", "", started.split("+")[0])[:15] + "Z-"
    return f"{stamp}{hashlib.sha256(seed.encode()).hexdigest()[:6]}"
