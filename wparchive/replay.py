"""Replay and WACZ: the archive's WARC files shown as the pages looked, offline (pywb), or packed for any WACZ player.

pywb and the ``wacz`` tool come from PyPI but pin libraries Prefect can't share (pywb wants redis 2.x; Prefect's
docket wants redis ≥ 6), so they live in their own virtualenv beside the project's (``make replay-tools`` makes
``.venv-replay``); this module runs them as commands. ``WPARCHIVE_REPLAY_TOOLS`` names another bin directory.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from warehouse.archive import ReplaySelection, replay_selection

COLLECTION = "archive"
DEFAULT_PORT = 8090
TOOLS_HINT = "run `make replay-tools` (a virtualenv .venv-replay with pywb and wacz from PyPI)"


class ReplayError(RuntimeError):
    """Replay or WACZ writing can't go on; the message says why and what to do."""


def tool(name: str) -> str:
    """The path of a replay tool (``wayback``, ``wb-manager``, ``wacz``): WPARCHIVE_REPLAY_TOOLS, the
    ``.venv-replay`` beside this interpreter's virtualenv, then PATH."""
    candidates = []
    if os.environ.get("WPARCHIVE_REPLAY_TOOLS"):
        candidates.append(Path(os.environ["WPARCHIVE_REPLAY_TOOLS"]) / name)
    candidates.append(Path(sys.prefix).parent / ".venv-replay" / "bin" / name)
    for path in candidates:
        if path.exists():
            return str(path)
    found = shutil.which(name)
    if found is None:
        raise ReplayError(f"`{name}` not found: {TOOLS_HINT}")
    return found


def _run(command: list[str], what: str, cwd: Path | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise ReplayError(f"{what} failed (exit {done.returncode}): {(done.stderr or done.stdout).strip()[-1500:]}")
    return done.stdout


def _existing(selection: ReplaySelection) -> list[Path]:
    missing = [p for p in selection.warc_files if not p.exists()]
    if missing:
        raise ReplayError(f"{len(missing)} WARC file(s) the archive points at are gone, e.g. {missing[0]}: "
                          "keep old WARC files while later runs refer to them")
    if not selection.warc_files:
        raise ReplayError("nothing archived in that selection (no captures)")
    return selection.warc_files


def timestamp14(moment: dt.datetime) -> str:
    """The 14-digit UTC timestamp web archives address captures with."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")


def replay_url(url: str, moment: dt.datetime, port: int = DEFAULT_PORT) -> str:
    """Where `wparchive replay` shows ``url`` as captured at (or nearest to) ``moment``."""
    return f"http://127.0.0.1:{port}/{COLLECTION}/{timestamp14(moment)}/{url}"


@dataclass(frozen=True)
class WaczResult:
    path: Path
    warc_files: int
    pages: int
    bytes: int


def write_wacz(db_path: Path, out: Path, *, run_id: str | None = None, since: dt.datetime | None = None,
               until: dt.datetime | None = None) -> WaczResult:
    """Pack the captures of ``run_id`` (or of [since, until], or all) into one WACZ at ``out``, with a
    pages.jsonl listing the post pages, and check it with the wacz package's own validator."""
    selection = replay_selection(db_path, run_id, since, until)
    files = _existing(selection)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wparchive-wacz-") as tmp:
        pages = Path(tmp) / "pages.jsonl"
        lines = [{"format": "json-pages-1.0", "id": "pages", "title": "Posts"}]
        lines += [{"url": url, "ts": when.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace(
            "+00:00", "Z"), "title": title} for url, when, title in selection.pages]
        pages.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
        _run([tool("wacz"), "create", "-o", str(out), "-p", str(pages), *map(str, files)], "wacz create")
    _run([tool("wacz"), "validate", "-f", str(out)], "wacz validate")
    return WaczResult(out, len(files), len(selection.pages), out.stat().st_size)


def prepare_collection(db_path: Path, root: Path) -> int:
    """A pywb directory at ``root`` whose one collection holds every WARC file of the archive (as links, so
    nothing is copied), indexed; returns the number of WARC files."""
    files = _existing(replay_selection(db_path))
    archive_dir = root / "collections" / COLLECTION / "archive"
    if archive_dir.exists():
        shutil.rmtree(archive_dir)
    archive_dir.mkdir(parents=True)
    (archive_dir.parent / "indexes").mkdir(exist_ok=True)
    for path in files:
        link = archive_dir / path.name
        if link.exists():  # two runs can't share a file name (<run>-<site>-NNNNN), but stay safe
            link = archive_dir / f"{path.parent.parent.parent.name}-{path.name}"
        link.symlink_to(path.resolve())
    # Pages are served as they were (no pywb banner frame), so /archive/<time>/<url> is the page itself.
    (root / "config.yaml").write_text("framed_replay: false\nenable_memento: true\n")
    _run([tool("wb-manager"), "reindex", COLLECTION], "pywb indexing", cwd=root)
    return len(files)


def start_replay(root: Path, port: int = DEFAULT_PORT) -> subprocess.Popen[bytes]:
    """Start pywb's ``wayback`` on 127.0.0.1:``port`` over the collection in ``root`` (stop it with terminate)."""
    log = open(root / "wayback.log", "ab")  # noqa: SIM115  (the child owns it from here)
    return subprocess.Popen([tool("wayback"), "-p", str(port), "-b", "127.0.0.1", "-d", str(root)],
                            cwd=root, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
