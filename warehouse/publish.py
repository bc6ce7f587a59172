"""Snapshot publishing: runs write a working database; a checked run is copied over the published one atomically.

Layout, for a published file ``data/archive.duckdb`` (the path ``--db`` names and analysts open read-only):

- ``data/archive.work.duckdb`` — the working database every load, view build and check writes (plus its
  ``.wal`` while a run writes). Only wparchive opens it; it can be ahead of the published file (a run whose
  checks failed stays here until a later run passes).
- ``data/archive.duckdb`` — the published snapshot: a checkpointed copy of the working database (it never needs
  a ``.wal``) written in DuckDB 1.4's storage format (``OLDEST_READER``: clients that lag the Python package,
  such as the DuckDB CLI, JDBC and R, open it), mode 0444, replaced whole by ``os.replace``. Nobody ever opens
  it read-write, so readers never meet DuckDB's "Conflicting lock"; a reader that opened the old file keeps reading the old run (its open file
  is the old inode) until it reconnects, and a new connection sees the new run. Never half a run.

The copy is made while holding the working database's write lock (attached read-write), so no load can change
it between the checkpoint and the copy.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import WarehouseError, connect, duckdb_config, execute_file, fetch_file

PUBLISHED_MODE = 0o444  # read-only for everyone: a read-write open fails at once instead of locking readers out
# The oldest DuckDB that opens a published file (queries/publish_copy.sql writes storage version v1.4.0). The
# Python package writes a newer format (2.0: storage version 69) that e.g. the 1.5 CLI refuses.
OLDEST_READER = "1.4.0"


@dataclass(frozen=True)
class PublishResult:
    """What one publication did."""

    path: str
    bytes: int
    seconds: float


def working_path(published: Path | str) -> Path:
    """The working database of a published file: ``archive.duckdb`` → ``archive.work.duckdb`` beside it."""
    path = Path(published)
    return path.with_name(f"{path.stem}.work{path.suffix or '.duckdb'}")


def wal_path(db: Path | str) -> Path:
    """DuckDB's write-ahead log of a database file."""
    path = Path(db)
    return path.with_name(path.name + ".wal")


def prepare_working(published: Path | str) -> Path:
    """The working database for ``published``, created as a copy of the published file when there is none yet
    (an archive written before snapshot publishing, or a working file deleted to start over). Returns its path;
    a missing published file leaves it to the first load to create."""
    published = Path(published)
    work = working_path(published)
    if work.exists() or not published.exists():
        return work
    if wal_path(published).exists():
        # Written in place by an older wparchive and not checkpointed: fold its log in before copying it.
        with connect(published) as con:
            con.execute("CHECKPOINT")
    temporary = work.with_name(f".{work.name}.preparing-{os.getpid()}")
    try:
        shutil.copyfile(published, temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, work)
    finally:
        temporary.unlink(missing_ok=True)
    return work


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify(path: Path) -> None:
    """Open a copy read-only and read its catalogue: a torn or corrupt copy fails here, before it is published."""
    with connect(path, read_only=True, external_access=False) as con:
        fetch_file(con, "queries/publish_verify.sql")


def _copy_for_older_readers(work: Path, copy: Path) -> None:
    """Checkpoint ``work`` and copy it into the new file ``copy`` in the published storage format, holding the
    working file's write lock throughout (it is attached read-write)."""
    try:
        with duckdb.connect(config=duckdb_config()) as con:
            execute_file(con, "queries/publish_copy.sql", {"work_path": str(work), "copy_path": str(copy)})
            if wal_path(work).exists() and wal_path(work).stat().st_size > 0:
                raise WarehouseError(f"{work} still has a write-ahead log after CHECKPOINT; not publishing")
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseError(f"{work} is in use by another process (DuckDB allows one writer): {exc}") from exc
        raise WarehouseError(f"{work} could not be copied for publishing: {exc}") from exc
    except duckdb.Error as exc:
        raise WarehouseError(f"{work} could not be copied for publishing: {exc}") from exc


def publish(work: Path | str, published: Path | str) -> PublishResult:
    """Checkpoint ``work`` and atomically replace ``published`` with a copy of it (temp file beside it, fsync,
    ``os.replace``). On any failure the published file is left as it was."""
    started = time.perf_counter()
    work, published = Path(work), Path(published)
    if not work.exists():
        raise WarehouseError(f"nothing to publish: no working database at {work}")
    if wal_path(published).exists():
        raise WarehouseError(
            f"{wal_path(published)} exists: someone has {published} open read-write. Open it read-only "
            "(`duckdb -readonly`, `read_only=True`); the archive is published again once they close it")
    published.parent.mkdir(parents=True, exist_ok=True)
    temporary = published.with_name(f".{published.name}.publishing-{os.getpid()}")
    try:
        _copy_for_older_readers(work, temporary)
        _fsync(temporary)
        _verify(temporary)
        os.chmod(temporary, PUBLISHED_MODE)
        os.replace(temporary, published)
        _fsync(published.parent)
    finally:
        temporary.unlink(missing_ok=True)
    return PublishResult(str(published), published.stat().st_size, round(time.perf_counter() - started, 3))
