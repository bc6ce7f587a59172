"""Load one cleaned run directory into the warehouse: set-based, one transaction, idempotent by (run_id, site).

Loading a run that is already recorded changes nothing. A run whose load failed (rolled back, recorded as
``failed_step = 'load'``) is loaded again from scratch, so re-running converges.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warehouse.db import connect, execute_file, fetch_file, transaction, utc_now
from warehouse.manifest import CLEAN_FILES, RunManifest

# Staging statements (load/stage_run_<name>.sql) and the cleaned file each reads.
_STAGES: tuple[tuple[str, str], ...] = (
    ("stage_run_posts", "posts"),
    ("stage_run_comments", "comments"),
    ("stage_run_comment_forms", "comment_forms"),
    ("stage_run_drops", "drops"),
    ("stage_run_quarantine", "quarantine"),
    ("stage_run_captures", "captures"),
    ("stage_run_discovered", "discovered"),
    ("stage_run_agreement", "agreement"),
    ("stage_run_media", "media"),
    ("stage_run_media_fetches", "media_fetches"),
)
# Steps re-run on a retry: a run whose crawl failed was loaded with what it had, and stays as loaded.
_RELOADABLE_STEPS = ("clean", "load")


@dataclass(frozen=True)
class LoadResult:
    """What one load did."""

    run_id: str
    site: str
    skipped: bool  # True when this run was already loaded (nothing changed)
    status: str
    posts: int = 0
    comments: int = 0
    comment_forms: int = 0
    quarantined: int = 0
    posts_deleted: int = 0
    comments_removed: int = 0


def _ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _site_params(manifest: RunManifest, now: dt.datetime) -> dict[str, Any]:
    return {"site": manifest.site, "name": manifest.site_name, "language": manifest.language,
            "timezone": manifest.timezone, "profile": manifest.profile, "now": now}


def _already_loaded(con: Any, manifest: RunManifest) -> bool:
    rows = fetch_file(con, "load/find_crawl_run.sql", {"run_id": manifest.run_id, "site": manifest.site})
    return bool(rows) and rows[0][1] not in _RELOADABLE_STEPS


def load_run(db_path: Path | str, clean_dir: Path) -> LoadResult:
    """Load a cleaned run directory (manifest.json + cleaned JSONL) into ``db_path`` in one transaction."""
    with connect(db_path, create=True) as con:
        return _load_run(con, clean_dir)


def load_runs(db_path: Path | str, clean_dirs: list[Path]) -> list[LoadResult | Exception]:
    """Load several cleaned runs through one connection (sites that finished crawling together), each in its own
    transaction: a run that fails to load is rolled back alone and returned as its exception."""
    results: list[LoadResult | Exception] = []
    with connect(db_path, create=True) as con:
        for clean_dir in clean_dirs:
            try:
                results.append(_load_run(con, clean_dir))
            except Exception as exc:  # noqa: BLE001  (returned to the caller, who records it as that site's failure)
                results.append(exc)
    return results


def _load_run(con: Any, clean_dir: Path) -> LoadResult:
    manifest = RunManifest.read(clean_dir)
    paths = {table: clean_dir / name for table, name in CLEAN_FILES.items()}
    for table, path in paths.items():
        if not path.exists():
            raise FileNotFoundError(f"{clean_dir} lacks {path.name}: the cleaning step did not finish")
    now = utc_now()
    started_at, finished_at = _ts(manifest.started_at), _ts(manifest.finished_at)
    if _already_loaded(con, manifest):
        return LoadResult(manifest.run_id, manifest.site, skipped=True, status="already loaded")
    with transaction(con):
        execute_file(con, "load/upsert_site.sql", _site_params(manifest, now))
        for statement, table in _STAGES:
            execute_file(con, f"load/{statement}.sql", {"path": str(paths[table])})
        run = {"run_id": manifest.run_id, "site": manifest.site, "now": now}
        # The theme build after the loads (build_views) matches these; before the merge changes what it compares.
        execute_file(con, "load/queue_changed_posts_for_themes.sql")
        execute_file(con, "load/merge_posts.sql", run)
        execute_file(con, "load/record_post_versions.sql", run)
        execute_file(con, "load/delete_stale_post_sentences.sql")
        execute_file(con, "load/insert_post_sentences.sql")
        execute_file(con, "load/merge_comments.sql", run)
        execute_file(con, "load/replace_comment_forms.sql", run)
        execute_file(con, "load/replace_crawl_drops.sql", run)
        execute_file(con, "load/replace_quarantine.sql", run)
        execute_file(con, "load/replace_captures.sql", run)
        execute_file(con, "load/replace_discovered_posts.sql", run)
        execute_file(con, "load/replace_post_agreement.sql", run)
        execute_file(con, "load/replace_post_field_sources.sql", run)
        execute_file(con, "load/merge_media.sql", run)
        # Deletions: a 404/410 on the post's own URL or the post read under another URL counts in any run;
        # absence only in a complete full crawl. Comments not seen again on a post read by a complete crawl
        # (of either mode: each post read comes with all its comments) are removed.
        can_mark = manifest.is_complete and started_at is not None and finished_at is not None
        window = {"site": manifest.site, "run_id": manifest.run_id, "now": now, "is_complete": can_mark,
                  "mark_absent": can_mark and manifest.mode == "full",
                  "started_at": started_at, "finished_at": finished_at}
        execute_file(con, "load/stage_run_deleted_posts.sql", window)
        posts_deleted = execute_file(con, "load/mark_deleted_posts.sql")
        execute_file(con, "load/close_deleted_post_versions.sql", run)
        comments_removed = execute_file(con, "load/mark_removed_comments.sql", window)
        execute_file(con, "load/upsert_crawl_run.sql", {
            **run, "status": manifest.status, "failed_step": manifest.failed_step, "error": manifest.error,
            "is_complete": manifest.is_complete, "finish_reason": manifest.finish_reason,
            "started_at": started_at, "finished_at": finished_at,
            "requests_count": manifest.requests_count, "responses_count": manifest.responses_count,
            "posts_deleted_count": posts_deleted, "comments_removed_count": comments_removed,
            "run_dir": manifest.run_dir, "stats": json.dumps(manifest.stats, default=str, ensure_ascii=False),
            "mode": manifest.mode,
        })
        counts = fetch_file(con, "load/count_staged_run.sql")[0]
    return LoadResult(manifest.run_id, manifest.site, skipped=False, status=manifest.status,
                      posts=counts[0], comments=counts[1], comment_forms=counts[2], quarantined=counts[3],
                      posts_deleted=posts_deleted, comments_removed=comments_removed)


def record_failed_run(db_path: Path | str, manifest: RunManifest, *, interrupted: bool = False) -> None:
    """Record a run that loaded nothing (its crawl or its load failed, or a signal stopped it: ``interrupted``)
    with the reason, in its own transaction."""
    now = utc_now()
    with connect(db_path, create=True) as con, transaction(con):
        execute_file(con, "load/upsert_site.sql", _site_params(manifest, now))
        execute_file(con, "load/record_failed_run.sql", {
            "run_id": manifest.run_id, "site": manifest.site, "failed_step": manifest.failed_step or "load",
            "error": manifest.error or "unknown error", "finish_reason": manifest.finish_reason,
            "started_at": _ts(manifest.started_at), "finished_at": _ts(manifest.finished_at), "now": now,
            "requests_count": manifest.requests_count, "responses_count": manifest.responses_count,
            "run_dir": manifest.run_dir, "stats": json.dumps(manifest.stats, default=str, ensure_ascii=False),
            "mode": manifest.mode, "is_interrupted": interrupted,
        })
