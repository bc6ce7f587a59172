"""Load cleaned run directories into the warehouse: set-based, many runs per transaction, idempotent by
(run_id, site).

A batch of runs takes the same ~20 statements whatever its size: one ``read_json`` of one file per staging table
(the one run's own file when only one run of the batch has lines of that kind, else the batch's files of that kind
copied into one temporary file), every staged row keyed by its run's place in the batch (``run_no``), every
statement keyed by it.
Loading a run that is already recorded changes nothing. A run whose load failed (rolled back, recorded as
``failed_step = 'load'``) is loaded again from scratch, so re-running converges. A batch that fails is rolled back
whole and loaded again in halves, down to single runs: a run whose data is bad fails alone, the others land.
"""

from __future__ import annotations

import json
import os
import tempfile
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
# After staging, in this order. The theme queue goes first: it compares the staged posts with what merge_posts
# overwrites (the theme build after the loads matches the queued posts). Deletions: a 404/410 on the post's own
# URL or the post read under another URL counts in any run; absence only in a complete full crawl. Comments not
# seen again on a post read by a complete crawl (of either mode: each post read comes with all its comments) are
# removed.
_APPLY: tuple[str, ...] = (
    "queue_changed_posts_for_themes", "merge_posts", "record_post_versions", "delete_stale_post_sentences",
    "insert_post_sentences", "merge_comments", "replace_comment_forms", "replace_crawl_drops", "replace_quarantine",
    "replace_captures", "replace_discovered_posts", "replace_post_agreement", "replace_post_field_sources",
    "merge_media", "stage_run_deleted_posts", "mark_deleted_posts", "close_deleted_post_versions",
    "mark_removed_comments", "upsert_crawl_run",
)
# Most runs, and most bytes of cleaned files, in one transaction: bound the staged rows held at once and what a
# failing batch costs to split. A batch's statements cost ~0.3 s whatever its size, so the bigger a night's batches
# the less each site costs (10,000 no-change site runs: 10.9 s in batches of 500, 5.0 s in batches of 5,000); the
# bytes keep a night of new content (~0.3 MB a blog) near 400 runs a batch.
MAX_BATCH_RUNS = 5000
MAX_BATCH_BYTES = 128 * 2**20
_CLEAN_FILE_NAMES = frozenset(CLEAN_FILES.values())


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


@dataclass(frozen=True)
class _CleanedRun:
    """One cleaned run directory of a ``load_runs`` call, with its place in the call's list."""

    index: int
    clean_dir: Path
    manifest: RunManifest
    file_sizes: dict[str, int]  # bytes of each cleaned file


class BatchOrderError(RuntimeError):
    """Runs of one batch that touch the same posts: loaded together they could differ from one after the other."""


def load_run(db_path: Path | str, clean_dir: Path) -> LoadResult:
    """Load a cleaned run directory (manifest.json + cleaned JSONL) into ``db_path`` in one transaction."""
    (result,) = load_runs(db_path, [clean_dir])
    if isinstance(result, Exception):
        raise result
    return result


def load_runs(db_path: Path | str, clean_dirs: list[Path], *, max_batch_runs: int = MAX_BATCH_RUNS,
              max_batch_bytes: int = MAX_BATCH_BYTES) -> list[LoadResult | Exception]:
    """Load cleaned runs through one connection, up to ``max_batch_runs`` runs and ``max_batch_bytes`` of cleaned
    files in one transaction (a bigger run alone); per run, in the given order, its result or the exception that
    stopped it (that run's failure alone: the others land). The tables end as if the runs had been loaded one at a
    time in the given order."""
    results: list[LoadResult | Exception | None] = [None] * len(clean_dirs)
    ready: list[_CleanedRun] = []
    for index, clean_dir in enumerate(clean_dirs):
        try:
            ready.append(_CleanedRun(index, clean_dir, *_read_cleaned(clean_dir)))
        except Exception as exc:  # noqa: BLE001  (returned to the caller, who records it as that site's failure)
            results[index] = exc
    with connect(db_path, create=True) as con, tempfile.TemporaryDirectory(prefix="wparchive-load-") as batch_dir:
        for stretch in _distinct_site_stretches(ready):
            loaded = _loaded_already(con, stretch)
            pending = []
            for run in stretch:
                if (run.manifest.run_id, run.manifest.site) in loaded:
                    results[run.index] = LoadResult(run.manifest.run_id, run.manifest.site, skipped=True,
                                                    status="already loaded")
                else:
                    pending.append(run)
            for batch in _batches(pending, max_batch_runs, max_batch_bytes):
                for run, outcome in _load_or_split(con, batch, Path(batch_dir)):
                    results[run.index] = outcome
    return [r for r in results if r is not None]


def _read_cleaned(clean_dir: Path) -> tuple[RunManifest, dict[str, int]]:
    """The run's manifest and the size of each of its cleaned files."""
    manifest = RunManifest.read(clean_dir)
    with os.scandir(clean_dir) as entries:
        sizes = {entry.name: entry.stat().st_size for entry in entries if entry.name in _CLEAN_FILE_NAMES}
    for name in CLEAN_FILES.values():
        if name not in sizes:
            raise FileNotFoundError(f"{clean_dir} lacks {name}: the cleaning step did not finish")
    return manifest, sizes


def _batches(runs: list[_CleanedRun], max_runs: int, max_bytes: int) -> list[list[_CleanedRun]]:
    """``runs`` in order, cut into batches of at most ``max_runs`` runs and ``max_bytes`` of cleaned files."""
    batches: list[list[_CleanedRun]] = []
    size = 0
    for run in runs:
        run_size = sum(run.file_sizes.values())
        if not batches or len(batches[-1]) >= max_runs or size + run_size > max_bytes:
            batches.append([])
            size = 0
        batches[-1].append(run)
        size += run_size
    return batches


def _distinct_site_stretches(runs: list[_CleanedRun]) -> list[list[_CleanedRun]]:
    """Cut runs, in their order, into stretches where no site comes twice: the batch statements key on the site
    (its live posts, its comments), so a site's next run starts the next stretch and loads after the one before."""
    stretches: list[list[_CleanedRun]] = [[]]
    sites: set[str] = set()
    for run in runs:
        if run.manifest.site in sites:
            stretches.append([])
            sites.clear()
        stretches[-1].append(run)
        sites.add(run.manifest.site)
    return [stretch for stretch in stretches if stretch]


def _loaded_already(con: Any, runs: list[_CleanedRun]) -> set[tuple[str, str]]:
    asked = [{"run_id": run.manifest.run_id, "site": run.manifest.site} for run in runs]
    return {(run_id, site) for run_id, site in fetch_file(con, "load/find_loaded_runs.sql", {"runs": asked})}


def _load_or_split(con: Any, runs: list[_CleanedRun], batch_dir: Path,
                   ) -> list[tuple[_CleanedRun, LoadResult | Exception]]:
    """Load ``runs`` in one transaction; when that fails (rolled back whole), each half again, down to single runs,
    so a run with bad data fails alone at the cost of about two batch loads per halving."""
    try:
        return list(zip(runs, _load_batch(con, runs, batch_dir), strict=True))
    except Exception as exc:  # noqa: BLE001  (a single run's failure is returned to the caller, who records it)
        if len(runs) == 1:
            return [(runs[0], exc)]
    half = len(runs) // 2
    return _load_or_split(con, runs[:half], batch_dir) + _load_or_split(con, runs[half:], batch_dir)


def _run_row(manifest: RunManifest) -> dict[str, Any]:
    """A manifest as one row of load/stage_batch_runs.sql."""
    return {
        "run_id": manifest.run_id, "site": manifest.site, "site_name": manifest.site_name,
        "language": manifest.language, "timezone": manifest.timezone, "profile": manifest.profile,
        "status": manifest.status, "failed_step": manifest.failed_step, "error": manifest.error,
        "is_complete": manifest.is_complete, "mode": manifest.mode, "finish_reason": manifest.finish_reason,
        "started_at": manifest.started_at or None, "finished_at": manifest.finished_at or None,
        "requests_count": manifest.requests_count, "responses_count": manifest.responses_count,
        "run_dir": manifest.run_dir, "stats": json.dumps(manifest.stats, default=str, ensure_ascii=False),
    }


def _stage(con: Any, statement: str, runs: list[_CleanedRun], name: str, batch_dir: Path) -> None:
    """Stage the batch's ``name`` files with one read_json of one file: the run's own when one run has lines in
    it (a no-change night's usual case, and a run loaded alone), else the batch's copied into one."""
    with_lines = [(run_no, run) for run_no, run in enumerate(runs, start=1) if run.file_sizes[name]]
    if len(with_lines) <= 1:
        run_no, run = with_lines[0] if with_lines else (1, runs[0])
        params: dict[str, Any] = {"path": os.path.join(run.clean_dir, name), "run_no": run_no}
    else:
        params = {"path": str(_write_batch_file(with_lines, name, batch_dir)), "run_no": None}
    execute_file(con, f"load/{statement}.sql", params)


def _write_batch_file(runs: list[tuple[int, _CleanedRun]], name: str, batch_dir: Path) -> Path:
    """The ``name`` files of ``runs`` as one file, each line given its run's ``run_no``. DuckDB's read_json spends
    ~0.5–2.5 ms on every file it opens (10,000 site runs: 20–45 s); copying the lines costs ~30 µs a small file."""
    path = batch_dir / name
    with path.open("wb") as sink:
        for run_no, run in runs:
            with open(os.path.join(run.clean_dir, name), "rb") as source:  # not pathlib: ~15 µs a file less
                sink.write(_with_run_no(source.read(), run_no))
    return path


def _with_run_no(jsonl: bytes, run_no: int) -> bytes:
    """Each JSON object line with ``"run_no": run_no`` added as its last key. A line that is not an object stays as
    it is, for read_json to reject."""
    key = b'"run_no":%d}' % run_no
    if (jsonl.endswith(b"}\n") and jsonl.count(b"\n") == jsonl.count(b"}\n") and not jsonl.startswith(b"{}\n")
            and b"\n{}\n" not in jsonl):
        # What the cleaning step writes: every line ends with "}" (a newline inside a JSON string is escaped, so
        # "}\n" is only ever a line's end). One replace, ~2× faster than the loop below.
        return jsonl.replace(b"}\n", b"," + key + b"\n")
    lines = []
    for line in jsonl.rstrip(b"\n").split(b"\n"):
        line = line.rstrip()
        if line.endswith(b"}"):
            body = line[:-1].rstrip()
            line = body + (key if body == b"{" else b"," + key)
        lines.append(line)
    return b"\n".join(lines) + b"\n"


def _load_batch(con: Any, runs: list[_CleanedRun], batch_dir: Path) -> list[LoadResult]:
    """Load runs of distinct sites in one transaction, each statement once for all of them."""
    now = {"now": utc_now()}
    with transaction(con):
        execute_file(con, "load/stage_batch_runs.sql", {"runs": [_run_row(run.manifest) for run in runs]})
        execute_file(con, "load/upsert_site.sql", now)
        for statement, table in _STAGES:
            _stage(con, statement, runs, CLEAN_FILES[table], batch_dir)
        if len(runs) > 1:
            shared = fetch_file(con, "load/find_batch_conflicts.sql")
            if shared:
                raise BatchOrderError(f"{len(shared)} post URL(s) in more than one site of the batch, e.g. "
                                      f"{shared[0][0]}: loaded one run at a time")
        for statement in _APPLY:
            execute_file(con, f"load/{statement}.sql", now)
        counts = fetch_file(con, "load/count_loaded_runs.sql")
    return [LoadResult(run.manifest.run_id, run.manifest.site, skipped=False, status=run.manifest.status,
                       posts=row[1], comments=row[2], comment_forms=row[3], quarantined=row[4],
                       posts_deleted=row[5], comments_removed=row[6])
            for run, row in zip(runs, counts, strict=True)]


def record_failed_run(db_path: Path | str, manifest: RunManifest, *, interrupted: bool = False) -> None:
    """Record a run that loaded nothing (its crawl or its load failed, or a signal stopped it: ``interrupted``)
    with the reason, in its own transaction."""
    row = _run_row(manifest) | {"failed_step": manifest.failed_step or "load",
                                "error": manifest.error or "unknown error"}
    params = {"now": utc_now(), "is_interrupted": interrupted}
    with connect(db_path, create=True) as con, transaction(con):
        execute_file(con, "load/stage_batch_runs.sql", {"runs": [row]})
        execute_file(con, "load/upsert_site.sql", params)
        execute_file(con, "load/record_failed_run.sql", params)
