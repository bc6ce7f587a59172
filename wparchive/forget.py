"""``wparchive forget``: erase a commenter on request — from the tables, the WARC files, the run directories, the
reports and exports on disk — keep them out of later crawls, and leave a proof without personal data.

The same inventory answers ``--dry-run`` and drives the real run, so the dry run lists exactly what is changed.
Order of the real run: the erasure list first (a crawl starting meanwhile already keeps the person out), then
the WARC files and run directories, then the database (one transaction, then a fresh file), then publishing,
the report and the exports. A run stopped halfway is finished by running the same command again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.archive import (
    ARCHIVE_POINTER_FILE,
    CAPTURES_FILE,
    archive_root,
    capture_row,
    iter_members,
    parse_record,
    read_run,
    warc_files,
)
from crawler.erasure import (
    ERASED_NAME,
    ERASURE_LIST_FILE,
    MIN_SENTENCE,
    ErasureList,
    Moved,
    Needles,
    distinctive_name,
    normalise_key,
    rewrite_warc_file,
    sentences_of,
)

CLEAN_DIR = "clean"
# Files a run directory holds that may carry a comment's words (captures are re-indexed from the WARC files).
_SKIPPED_RUN_FILES = {CAPTURES_FILE, "known_payloads.jsonl"}
_TEXT_SUFFIXES = (".html", ".csv", ".json", ".jsonl", ".txt")


@dataclass
class Place:
    """One place the person appears, and how many rows, records or lines an erasure changes there."""

    kind: str  # 'table' | 'warc' | 'file'
    where: str
    count: int


@dataclass
class Inventory:
    """Everything one erasure changes (the dry run prints it; the real run does it and returns it again)."""

    key_kind: str
    comments: int = 0
    places: list[Place] = field(default_factory=list)
    warc_files: list[Path] = field(default_factory=list)
    run_files: list[Path] = field(default_factory=list)
    reports: list[Path] = field(default_factory=list)
    exports: list[tuple[Path, str]] = field(default_factory=list)  # (directory, format)
    erasure_id: str | None = None

    def listing(self) -> list[tuple[str, str, int]]:
        return [(p.kind, p.where, p.count) for p in self.places if p.count]


@dataclass
class Target:
    """Who is erased: the comments, and the plain strings that show them (known only during the command)."""

    kind: str
    value: str
    comments: list[Any]
    needles: Needles
    strings: list[str]  # every string taken out of text: names, URLs, comment texts and their lines


def _site_dirs(data_dir: Path) -> list[Path]:
    runs = data_dir / "runs"
    return sorted(p for p in runs.glob("*/*") if p.is_dir()) if runs.is_dir() else []


def _first_date(path: Path) -> str:
    for member in iter_members(path):
        return parse_record(member.data).rec_headers.get_header("WARC-Date") or ""
    return ""


def _warc_order(data_dir: Path) -> list[tuple[Path, Path]]:
    """(run directory, WARC file) oldest first: a revisit only ever points at an older record."""
    files = [(site_dir, path) for site_dir in _site_dirs(data_dir) for path in warc_files(site_dir)]
    return sorted(files, key=lambda item: (_first_date(item[1]), str(item[1])))


# A run directory whose crawl has not finished (no stats.json) and whose WARC file changed this recently is taken
# to be crawling now: its file is being appended to, so an erasure must wait (rewriting it would lose records).
BUSY_SECONDS = 600


def crawls_in_progress(data_dir: Path, now: float | None = None) -> list[Path]:
    import time

    moment = time.time() if now is None else now
    return [site_dir for site_dir in _site_dirs(data_dir)
            if not (site_dir / "stats.json").exists()
            and any(moment - path.stat().st_mtime < BUSY_SECONDS for path in warc_files(site_dir))]


def runs_in_object_storage(data_dir: Path) -> list[Path]:
    """Run directories whose WARC files stayed in object storage (a scale-out night, flows/shards.py): an erasure
    can't rewrite those files yet."""
    return [site_dir for site_dir in _site_dirs(data_dir) if (site_dir / ARCHIVE_POINTER_FILE).is_file()]


def resolve_target(db_source: Path, kind: str, value: str) -> Target:
    from warehouse.erase import find_comments

    found = find_comments(db_source, kind, value) if db_source.exists() else []
    if kind == "url":
        wanted = normalise_key("url", value)
        found = [c for c in found if normalise_key("url", c.author_url) == wanted]
    needles = Needles(comment_ids={c.wp_comment_id for c in found})
    strings: set[str] = set()
    if kind == "name":
        needles.names.add(normalise_key("name", value))
        if distinctive_name(value):
            strings.add(value)
    if kind in ("name", "url"):
        urls = {c.author_url for c in found if c.author_url} | ({value} if kind == "url" else set())
        needles.urls |= {normalise_key("url", u) for u in urls}
        strings |= urls
    for comment in found:
        text = (comment.body_text or "").strip()
        if text:
            strings.add(text)
            # Their sentences too: a post quoting them, or theme evidence, holds one sentence, not the comment.
            strings |= set(sentences_of(text))
        if kind == "name" and comment.author_name and distinctive_name(comment.author_name):
            strings.add(comment.author_name)
    needles.texts = sorted(strings, key=len, reverse=True)
    return Target(kind, value, found, needles, needles.texts)


def _variants(strings: list[str]) -> list[bytes]:
    """How a string is spelled in files on disk: UTF-8, HTML-escaped, and JSON-escaped (both with \\u escapes
    and without)."""
    out: set[bytes] = set()
    for s in strings:
        out.add(s.encode("utf-8"))
        out.add(html.escape(s, quote=True).encode("utf-8"))
        out.add(html.escape(s, quote=False).encode("utf-8"))
        out.add(json.dumps(s, ensure_ascii=False)[1:-1].encode("utf-8"))
        out.add(json.dumps(s)[1:-1].encode("ascii"))
    return sorted(out, key=len, reverse=True)


def _cut_quotes_out(line: str, variants: list[tuple[str, str]]) -> str:
    """A JSON string that ends in the beginning of their words (an excerpt cut at 100 characters in the middle of a
    sentence of theirs): that end replaced too."""
    for needle, replacement in variants:
        if len(needle) < MIN_SENTENCE:
            continue
        start = line.find(needle[:MIN_SENTENCE])
        while start != -1:
            end = start
            while end < len(line) and line[end] != '"':
                end += 2 if line[end] == "\\" else 1
            if needle.startswith(line[start:end]):
                line = line[:start] + replacement + line[end:]
            start = line.find(needle[:MIN_SENTENCE], start + 1)
    return line


def _redact_jsonl(path: Path, target: Target, write: bool) -> int:
    """Drop the erased comments' lines from a run-directory JSONL file and take the strings out of the others;
    returns the lines changed."""
    keys = {(c.site, c.wp_comment_id) for c in target.comments}
    variants = [(json.dumps(s, ensure_ascii=False)[1:-1], ERASED_NAME) for s in target.strings]
    changed = 0
    out: list[str] = []
    # lines end at "\n" only: splitlines() also cuts at U+2028 inside a JSON string, and the erased comment's record,
    # cut so, no longer parsed and was kept
    with path.open(encoding="utf-8", newline="\n") as lines:
        text_lines = list(lines)
    for line in text_lines:
        record: Any = None
        try:
            record = json.loads(line)
        except ValueError:
            pass
        if isinstance(record, dict) and (record.get("site"), record.get("wp_comment_id")) in keys:
            changed += 1
            continue
        new = line
        for needle, replacement in variants:
            if needle and needle in new:
                new = new.replace(needle, replacement)
        new = _cut_quotes_out(new, variants)
        changed += new != line
        out.append(new)
    if changed and write:
        temporary = path.with_name(f".{path.name}.erasing-{os.getpid()}")
        temporary.write_text("".join(out), encoding="utf-8")
        os.replace(temporary, path)
    return changed


def _run_text_files(site_dir: Path) -> list[Path]:
    files = [p for p in site_dir.glob("*.jsonl") if p.name not in _SKIPPED_RUN_FILES]
    files += [p for p in (site_dir / CLEAN_DIR).glob("*.jsonl") if p.name not in _SKIPPED_RUN_FILES]
    return sorted(files)


def _outputs(roots: list[Path], data_dir: Path, target: Target) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Reports (HTML) and export directories on disk, under ``roots``, that show the person."""
    from warehouse.erase import count_in_export

    variants = _variants(target.strings)
    reports: list[Path] = []
    exports: list[tuple[Path, str]] = []
    runs = (data_dir / "runs").resolve()
    seen: set[Path] = set()
    for root in roots:
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            resolved = path.resolve()
            if resolved in seen or not path.is_file() or runs in resolved.parents:
                continue
            seen.add(resolved)
            if path.suffix == ".html" and any(v in path.read_bytes() for v in variants):
                reports.append(path)
            elif path.name == "comments.csv" and any(v in path.read_bytes() for v in variants):
                exports.append((path.parent, "csv"))
            elif path.name == "comments.parquet" and count_in_export(path, target.strings):
                exports.append((path.parent, "parquet"))
    return reports, exports


def take_inventory(db: Path, data_dir: Path, kind: str, value: str, *, write: bool = False,
                   erasure_id: str = "dry-run") -> tuple[Inventory, Target, list[dict[str, Any]]]:
    """What erasing ``kind`` = ``value`` changes; with ``write``, the WARC files and run directories are changed
    as listed (the database, reports and exports are left to ``forget``). Returns the inventory, the target and
    the re-indexed captures of rewritten WARC files."""
    from warehouse.erase import count_places
    from warehouse.publish import working_path

    source = working_path(db) if working_path(db).exists() else db
    target = resolve_target(source, kind, value)
    inventory = Inventory(key_kind=kind, comments=len(target.comments), erasure_id=None if not write else erasure_id)
    if source.exists():
        inventory.places += [Place("table", place, rows)
                             for place, rows in count_places(source, target.comments, target.strings)]
    erasures = ErasureList()  # the plain keys (target.needles) find the person; hashes are for crawls
    moved: dict[tuple[str, int], Moved] = {}
    changed_runs: list[Path] = []
    for site_dir, path in _warc_order(data_dir):
        rewrite = rewrite_warc_file(path, site=None, erasures=erasures, needles=target.needles, moved=moved,
                                    erasure_id=erasure_id, write=write)
        if rewrite.is_changed:
            inventory.warc_files.append(path)
            inventory.places.append(Place("warc", f"{path.relative_to(data_dir)}: records redacted",
                                          rewrite.redacted_records))
            inventory.places.append(Place("warc", f"{path.relative_to(data_dir)}: revisits re-pointed",
                                          rewrite.repointed_revisits))
            if site_dir not in changed_runs:
                changed_runs.append(site_dir)
    captures: list[dict[str, Any]] = []
    for site_dir in changed_runs:
        inventory.places.append(Place("file", f"{(site_dir / CAPTURES_FILE).relative_to(data_dir)}: re-indexed", 1))
        if write:
            captures += _reindex(site_dir)
    for site_dir in _site_dirs(data_dir):
        for path in _run_text_files(site_dir):
            lines = _redact_jsonl(path, target, write)
            if lines:
                inventory.run_files.append(path)
                inventory.places.append(Place("file", f"{path.relative_to(data_dir)}: lines", lines))
    roots = [db.parent] + ([data_dir] if data_dir.resolve() != db.parent.resolve() else [])
    inventory.reports, inventory.exports = _outputs(roots, data_dir, target)
    inventory.places += [Place("file", f"{p}: report, written again", 1) for p in inventory.reports]
    inventory.places += [Place("file", f"{d}: {fmt} export, written again", 1) for d, fmt in inventory.exports]
    return inventory, target, captures


def _reindex(site_dir: Path) -> list[dict[str, Any]]:
    """Rebuild a run's captures.jsonl (and its cleaned copy) from its WARC files; returns the warehouse rows."""
    captures = read_run(site_dir).captures
    lines = "".join(json.dumps(dataclasses.asdict(c), ensure_ascii=False) + "\n" for c in captures)
    (site_dir / CAPTURES_FILE).write_text(lines, encoding="utf-8")
    rows = [capture_row(c, site_dir) for c in captures]
    clean = site_dir / CLEAN_DIR / CAPTURES_FILE
    if clean.exists():
        clean.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return rows


def forget(db: Path, data_dir: Path, kind: str, value: str, *, dry_run: bool,
           now: dt.datetime | None = None) -> Inventory:
    """Erase (or, with ``dry_run``, list) everything the archive holds of the person ``kind`` = ``value``."""
    from warehouse.db import initialise
    from warehouse.erase import compact, erase, rebuild_views
    from warehouse.export import export_archive
    from warehouse.publish import prepare_working, publish, working_path
    from report import build_report

    if kind not in ("name", "comment_id", "url"):
        raise ValueError(f"unknown key kind {kind!r}")
    if dry_run:
        inventory = take_inventory(db, data_dir, kind, value)[0]
        # One line per such run: its WARC files are not searched, and `forget` refuses until that is built.
        inventory.places += [Place("warc", f"{archive_root(site_dir)}/warc: in object storage, not searched, NOT "
                                           "erasable yet", 1) for site_dir in runs_in_object_storage(data_dir)]
        return inventory
    remote = runs_in_object_storage(data_dir)
    if remote:  # an erasure that left them there would record a proof it hasn't earned
        raise ValueError(f"{len(remote)} run(s) keep their WARC files in object storage (e.g. "
                         f"{archive_root(remote[0])}): erasing inside them is not built, so nothing was erased; "
                         "see README, \"Several machines\"")
    busy = crawls_in_progress(data_dir)
    if busy:
        raise ValueError(f"a crawl is writing {busy[0]} now: run `wparchive forget` again when it has finished")
    erased_at = now or dt.datetime.now(dt.timezone.utc)
    erasure_id = f"erasure-{erased_at.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"
    # Keep them out of crawls first: a crawl that starts while this runs must not archive them again.
    source = working_path(db) if working_path(db).exists() else db
    found = resolve_target(source, kind, value)
    erasure_list_path = data_dir / ERASURE_LIST_FILE
    erasure_list = ErasureList.read(erasure_list_path)
    if kind == "comment_id":
        for site in sorted({c.site for c in found.comments}) or [None]:
            erasure_list.add(erasure_id, kind, value, site=site, added_at=erased_at.isoformat())
    else:
        erasure_list.add(erasure_id, kind, value, site=None, added_at=erased_at.isoformat())
    erasure_list.add_words(erasure_id, names={value} if kind == "name" else set(),
                           texts=[c.body_text for c in found.comments if c.body_text], added_at=erased_at.isoformat())
    erasure_list.write(erasure_list_path)

    inventory, target, captures = take_inventory(db, data_dir, kind, value, write=True, erasure_id=erasure_id)
    if db.exists() or working_path(db).exists():
        work = prepare_working(db)
        initialise(work)  # the erasures table and comments' erasure columns on an archive made before them
        warc_records = sum(p.count for p in inventory.places if p.kind == "warc")
        erase(work, target.comments, target.strings, erasure_id=erasure_id, erased_at=erased_at,
              erased_name=ERASED_NAME, captures=captures, proof={
                  "key_kind": kind, "comments_count": len(target.comments), "warc_records_count": warc_records,
                  "warc_files_count": len(inventory.warc_files),
                  "files_count": len(inventory.run_files) + len(inventory.reports) + len(inventory.exports),
                  "command": f"wparchive forget --{kind.replace('_', '-')}"})
        rebuild_views(work)
        compact(work)
        publish(work, db)
        for report in inventory.reports:
            build_report(db, report)
        for directory, fmt in inventory.exports:
            export_archive(db, directory, fmt)
    return inventory


def run_forget(*, name: str | None, comment_id: int | None, url: str | None, dry_run: bool, db: Path,
               data_dir: Path | None, print_table: Any, fail: Any) -> Inventory:
    """The command: check the one key given, run the erasure (or the dry run) and print what it changed."""
    import typer

    from flows.config import DEFAULT_DATA_DIR
    from warehouse.db import WarehouseError, require_archive
    from warehouse.publish import working_path

    keys = [(k, v) for k, v in (("name", name), ("comment_id", comment_id), ("url", url)) if v not in (None, "")]
    if len(keys) != 1:
        fail("give exactly one of --name, --comment-id, --url")
    kind, value = keys[0]
    data = Path(data_dir or os.environ.get("WPARCHIVE_DATA_DIR") or DEFAULT_DATA_DIR)
    try:
        # a missing file, or an empty or foreign DuckDB file, is said as such (not "0 comments", not a traceback)
        require_archive(working_path(db) if working_path(db).exists() else db)
        inventory = forget(db, data, kind, str(value), dry_run=dry_run)
    except (WarehouseError, OSError, ValueError) as exc:
        fail(str(exc))
    title = ("would change (dry run: nothing changed)" if dry_run
             else f"erased ({inventory.erasure_id}); later crawls keep them out")
    print_table(["kind", "where", "rows / records / lines"], inventory.listing(), title=title)
    typer.echo(f"{inventory.comments} comment(s) by this key in the archive"
               + ("" if dry_run else f"; proof: SELECT * FROM erasures WHERE erasure_id = '{inventory.erasure_id}'"))
    return inventory
