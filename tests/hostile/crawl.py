"""Crawl one hostile site in a fresh process, as ``wparchive crawl`` does, with extra Scrapy settings; and read
what the crawl left: its stats, items, drops, console output and wall time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Crawl:
    """What one crawl left behind."""

    run_dir: Path
    returncode: int
    stderr: str
    seconds: float

    def peak_rss_mb(self) -> float:
        """The crawl process's peak resident memory (the crawl runs in this process: ``run_crawl``)."""
        line = next(x for x in self.stderr.splitlines() if x.startswith("peak-rss-kb "))
        return int(line.split()[1]) / 1024

    def stats(self) -> dict[str, Any]:
        return json.loads((self.run_dir / "stats.json").read_text())

    def rows(self, name: str) -> list[dict[str, Any]]:
        path = self.run_dir / f"{name}.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()] if path.exists() else []

    def drops(self) -> dict[str, str]:
        """Each dropped post (the discovered URL, else the URL) → its reason."""
        return {d["detail"] or d["url"]: d["reason"] for d in self.rows("drops")}

    def stops(self) -> list[dict[str, Any]]:
        return self.stats()["discovery"].get("stops", [])


def crawl(url: str, run_dir: Path, *, max_posts: int | None = None, timeout: float = 90,
          settings: dict[str, Any] | None = None, state: Path | None = None) -> Crawl:
    """Crawl ``url`` into ``run_dir`` with the fast profile (loopback only) in a subprocess; with ``state`` (the
    archive's crawl state as JSON), an incremental crawl."""
    code = ("import json, sys; from pathlib import Path; from crawler.run import run_crawl; "
            "r = run_crawl(sys.argv[1], Path(sys.argv[2]), profile='fast', max_posts=json.loads(sys.argv[3]), "
            "settings_overrides=json.loads(sys.argv[4]), state=json.loads(sys.argv[5])); "
            "print(f'wparchive: crawl failed: {r.error}', file=sys.stderr) if r.error else None; "
            # VmHWM, this process's own peak: getrusage's ru_maxrss survives exec, so it would report the forking
            # pytest process's size (hundreds of MB late in a full run) instead of the crawl's
            "hwm = next(l for l in Path('/proc/self/status').read_text().splitlines() if l.startswith('VmHWM:')); "
            "print(f'peak-rss-kb {hwm.split()[1]}', file=sys.stderr); sys.exit(2 if r.error else 0)")
    # Media capture has its own caps, outside the request cap (tests/test_media.py): off here, so each bound counts
    # the discovery and harvest requests it is about.
    env = dict(os.environ, PYTHONPATH=str(ROOT), WPARCHIVE_WARC="0", WPARCHIVE_MEDIA="0")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, url, str(run_dir), json.dumps(max_posts),
                           json.dumps(settings or {}), json.dumps(str(state) if state else None)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    return Crawl(run_dir, done.returncode, done.stderr, time.monotonic() - started)
