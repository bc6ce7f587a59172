"""One run at a time per archive: an exclusive lock on a file beside the published database, held for a whole run.

Two runs at once would crawl every blog twice and race to publish. The lock is ``flock`` on ``<db>.lock`` (e.g.
``data/archive.duckdb.lock``): the kernel releases it when its process ends, however it ends, so a killed run
never leaves a stale lock. The file says who holds it (process id, host, command, start time) so that a second
run can say so. It stays in place between runs (removing it would race with a run taking it).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import functools
import inspect
import json
import os
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# Locks this process holds, by lock file: [descriptor, how many times taken]. `wparchive run` takes the lock and
# hands it to the process that runs the flow (adopt_lock), whose flow takes it again; a deployment's flow run
# takes it itself.
_held: dict[Path, list[int]] = {}


class ArchiveLocked(RuntimeError):
    """Another run holds the archive's lock; the message says who and since when."""


def lock_path(db: Path | str) -> Path:
    """The lock file of a published database: ``archive.duckdb`` → ``archive.duckdb.lock`` beside it."""
    path = Path(db)
    return path.with_name(path.name + ".lock")


def holder(db: Path | str) -> str | None:
    """Who holds the archive's lock, in words, or None when no run holds it."""
    path = lock_path(db)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _describe(path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _describe(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info.get("pid"):
        return "a run that is just starting"
    return (f"process {info['pid']} on {info.get('host', '?')} ({info.get('command', '?')}), "
            f"running since {info.get('started_at', '?')}")


def adopt_lock(db: Path | str, fd: int) -> None:
    """Take over the lock a parent process holds and handed down as descriptor ``fd`` (the same open file, so
    the same lock): this process's runs of the archive then go ahead. It ends with the process."""
    _held[lock_path(db).resolve()] = [fd, 1]


@contextmanager
def archive_lock(db: Path | str, command: str | None = None) -> Iterator[int]:
    """Hold the archive's run lock for the block (yields the lock file's descriptor); ``ArchiveLocked`` at once
    when another run holds it."""
    path = lock_path(db).resolve()
    if path in _held:
        _held[path][1] += 1
        try:
            yield _held[path][0]
        finally:
            _held[path][1] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise ArchiveLocked(f"another run is writing {db}: {_describe(path)}. One run at a time per archive: wait "
                            f"for it to finish, or stop it (its lock is {path})") from None
    info = {"pid": os.getpid(), "host": socket.gethostname(), "command": command or " ".join(sys.argv),
            "started_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(info).encode(), 0)
    _held[path] = [fd, 1]
    try:
        yield fd
    finally:
        del _held[path]
        os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def holding_archive_lock(run: Callable[P, R]) -> Callable[P, R]:
    """Decorate the nightly flow's function: the run holds its archive's lock throughout, whoever starts it (the
    CLI, which holds it already, or a deployment's worker)."""
    from flows.config import load_settings

    signature = inspect.signature(run)

    @functools.wraps(run)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        arguments = signature.bind(*args, **kwargs).arguments
        settings = load_settings(config_path=arguments.get("config_path"), db_path=arguments.get("db_path"),
                                 data_dir=arguments.get("data_dir"))
        with archive_lock(settings.db_path, command=f"flow {run.__name__}"):
            return run(*args, **kwargs)

    return locked
