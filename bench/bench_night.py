"""A whole nightly run over N blogs: `wparchive run` with a sites.toml of N demo-snapshot sites on distinct 127.2.x.y
addresses. The first run archives them (fast profile); the timed run is the no-change polite night that follows
(crawl pool, loads streaming beside it, views, checks, publishing, report). Prints wall time per run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_pool import serve  # noqa: E402

WPARCHIVE = str(Path(sys.executable).with_name("wparchive"))


def night(work: Path, parallel: int, *extra: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    done = subprocess.run([WPARCHIVE, "run", "--config", str(work / "sites.toml"), "--db", str(work / "a.duckdb"),
                           "--data-dir", str(work / "data"), "--parallel", str(parallel), *extra],
                          env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - t0, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("-k", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    addrs = [f"127.2.{i // 250}.{i % 250 + 1}" for i in range(args.n)]
    proc, urls = serve(addrs)
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="bench-night-") as tmp:
            work = Path(tmp)
            (work / "sites.toml").write_text("".join(f'[[sites]]\nname = "s{i}"\nurl = "{u}"\n\n'
                                                     for i, u in enumerate(urls)))
            first, rc1 = night(work, 50, "--profile", "fast")
            rows.append({"run": f"first night, {args.n} blogs, fast profile", "seconds": round(first, 1), "exit": rc1})
            second, rc2 = night(work, args.k)
            rows.append({"run": f"no-change night, {args.n} polite blogs", "seconds": round(second, 1), "exit": rc2})
    finally:
        proc.kill()
    print("| run | wall s | exit |\n|---|---|---|")
    for row in rows:
        print(f"| {row['run']} | {row['seconds']} | {row['exit']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
