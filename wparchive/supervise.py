"""A clean stop for `wparchive run`: the run works in a child process; this process waits for it and, on SIGINT
(Ctrl-C) or SIGTERM (systemd, cron's kill, a container stop), ends it and everything it started within seconds.

Prefect's own shutdown of an interrupted flow took 27–80 s and printed hundreds of lines, and a SIGTERM left its
temporary API server running as an orphan. Here the child runs in its own process group (Ctrl-C reaches only this
process), and on a signal this process kills the child's whole tree (the flow, the Prefect server, the crawl
processes) by PID, records the run's unfinished sites as interrupted in the working database (safe then: its
writer is gone) and prints one line. Loads are transactions, so a killed load leaves nothing half-written, and
the published file is replaced only by an atomic rename, so it is either the old run or the new one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

EXIT_SIGNALLED = {signal.SIGINT: 130, signal.SIGTERM: 143}  # the shell's convention: 128 + the signal's number
_SIGNAL_NAMES = {signal.SIGINT: "SIGINT (Ctrl-C)", signal.SIGTERM: "SIGTERM"}


@dataclass
class Supervised:
    """How the child ended: its exit code, or the signal that stopped it (and the processes killed)."""

    returncode: int
    signal: int | None = None
    killed: list[int] = field(default_factory=list)


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, grandchildren, …), from /proc, parents before children."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended while we looked
        # "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    queue = [pid]
    while queue:
        for child in children.get(queue.pop(0), []):
            found.append(child)
            queue.append(child)
    return found


def kill_tree(pid: int) -> list[int]:
    """SIGKILL ``pid`` and every process below it (found first, so none is re-parented away unseen); returns
    the PIDs signalled, after reaping ``pid``."""
    tree = [pid, *descendants(pid)]
    for target in tree:
        try:
            os.kill(target, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.killpg(pid, signal.SIGKILL)  # anything started in the child's group since we looked
    except (ProcessLookupError, PermissionError):
        pass
    return tree


SUPERVISOR_PID_ENV = "WPARCHIVE_SUPERVISOR_PID"  # set for the supervised child: the process that waits for it


def die_with_supervisor() -> None:
    """In the supervised child: when the supervising process dies without stopping it (a cron job's process group
    killed with SIGKILL, which cannot be caught), this child's whole process group goes too (the flow, the crawl
    processes), rather than run on, publish and hold the archive's lock with no one to stop it or say so. A thread
    watches for the child being handed to another parent: a signal handler would not do, Prefect's flow engine
    installs its own SIGTERM handler, and its graceful stop takes a minute."""
    supervisor = os.environ.pop(SUPERVISOR_PID_ENV, None)
    if supervisor is None:
        return

    def watch() -> None:
        while os.getppid() == int(supervisor):
            time.sleep(0.5)
        os.killpg(os.getpgid(0), signal.SIGKILL)

    threading.Thread(target=watch, name="wparchive-supervisor-watch", daemon=True).start()


def supervise(command: Sequence[str], *, env: dict[str, str] | None = None, pass_fds: Sequence[int] = (),
              on_signal: Callable[[int], None] | None = None) -> Supervised:
    """Run ``command`` in its own process group and wait for it. On SIGINT or SIGTERM, kill its process tree
    and return at once (``on_signal`` is told first, e.g. to say what is being stopped)."""
    received: list[int] = []

    def note(signum: int, _frame: FrameType | None) -> None:
        received.append(signum)

    # Installed for good once a signal came: a second Ctrl-C while the run is recorded must not interrupt that.
    previous = {s: signal.signal(s, note) for s in EXIT_SIGNALLED}
    env = {**(os.environ if env is None else env), SUPERVISOR_PID_ENV: str(os.getpid())}
    child = subprocess.Popen(list(command), env=env, pass_fds=tuple(pass_fds), start_new_session=True)
    while not received:
        try:
            returncode = child.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            continue
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        return Supervised(returncode)
    if on_signal is not None:
        on_signal(received[0])
    killed = kill_tree(child.pid)
    child.wait()
    return Supervised(EXIT_SIGNALLED[signal.Signals(received[0])], received[0], killed)


def signal_name(signum: int) -> str:
    return _SIGNAL_NAMES.get(signal.Signals(signum), signal.Signals(signum).name)


def _site_states(work_db: Path, run_dir: Path, run_id: str) -> tuple[list[tuple[str, Path, str]], bool]:
    """(site name, site run directory, state) for each site the run started: ``mid-crawl`` (no stats.json yet),
    ``mid-load`` (crawled, not in crawl_runs), ``done`` (recorded in crawl_runs); and whether the working
    database has crawl_runs to record in."""
    from flows.rundir import RunRequest
    from warehouse.db import WarehouseError, read_named_query

    recorded: set[str] | None = None  # None: no crawl_runs to record in (stopped while the archive was created)
    if work_db.exists():
        try:
            recorded = {row[0] for row in read_named_query(work_db, "run_sites", {"run_id": run_id})[1]}
        except WarehouseError:
            pass
    states = []
    for site_dir in sorted(p for p in run_dir.glob("*") if (p / "run.json").exists()):
        request = RunRequest.read(site_dir)
        if request is None:
            continue
        if not (site_dir / "stats.json").exists():
            state = "mid-crawl"
        else:
            stats_site = _stats_site(site_dir)
            state = "done" if (stats_site or request.site_url) in (recorded or ()) else "mid-load"
        states.append((request.site_name or request.site_url, site_dir, state))
    return states, recorded is not None


def _stats_site(site_dir: Path) -> str | None:
    from flows.rundir import read_stats

    return read_stats(site_dir).get("site")


def record_interruption(*, work_db: Path, data_dir: Path, run_id: str, signum: int, published: Path,
                        published_before: tuple[int, int] | None, site_names: Sequence[str]) -> str:
    """Record the run's unfinished sites as interrupted in the working database (its writer is gone now) and
    return the one line to print: what was stopped where, and whether the published archive changed."""
    from flows.rundir import RunRequest, failed_manifest
    from warehouse.db import WarehouseError
    from warehouse.load import record_failed_run

    why = f"interrupted by {signal_name(signum)}"
    states, recordable = _site_states(work_db, data_dir / "runs" / run_id, run_id)
    started = {name for name, _dir, _state in states}
    unrecorded = []
    for name, site_dir, state in states:
        if state == "done":
            continue
        step = "crawl" if state == "mid-crawl" else "load"
        request = RunRequest.read(site_dir)
        if not recordable or request is None:
            unrecorded.append(name)
        else:
            try:
                record_failed_run(work_db, failed_manifest(site_dir, request, step, f"{why} {state}"),
                                  interrupted=True)
            except WarehouseError:
                unrecorded.append(name)
    parts = [f"site {name} {'finished' if state == 'done' else state}" for name, _dir, state in states]
    parts += [f"site {name} not started" for name in site_names if name not in started]
    if published_identity(published) == published_before:
        outcome = "the published archive is unchanged"
    else:
        outcome = f"{published} was already published (the report may be missing)"
    line = f"{why}: {', '.join(parts) or 'before any site started'}; {outcome}"
    if unrecorded:
        line += f" (not recorded for {', '.join(unrecorded)}: the working copy could not be written)"
    return line


def published_identity(path: Path) -> tuple[int, int] | None:
    """What tells whether a file was replaced: its inode and modification time (None when absent)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns
