"""Fixed cost of a nightly run: a one-blog no-change `wparchive run` against a running Prefect server.

Starts `prefect server start` on a free loopback port (its own PREFECT_HOME), serves the demo snapshot on 127.0.0.9,
archives it once (fast profile), then times `--rounds` no-change polite runs with PREFECT_API_URL set (so no
temporary server starts). Reports the wall time, the crawl's own time (Scrapy's elapsed time, which on a polite
no-change crawl is mostly its waits between requests) and the rest: the fixed cost the issue asks to keep ≤ 2 s.
Then, against the same server, the floor Prefect sets: a process that imports Prefect and runs a flow of one task
that returns 1 (``--floor-rounds`` times).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.prefect_env import QUIET_PREFECT  # noqa: E402
from wparchive.demo.snapshot import DEMO_SITE, SnapshotServer  # noqa: E402

WPARCHIVE = str(Path(sys.executable).with_name("wparchive"))
ONE_TASK_FLOW = """
from prefect import flow, task

@task
def one():
    return 1

@flow
def one_task_flow(x: int = 1):
    return one()

one_task_flow()
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = dict(os.environ, **QUIET_PREFECT, PREFECT_HOME=str(home))
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([str(Path(sys.executable).with_name("prefect")), "server", "start", "--host",
                             "127.0.0.1", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(api + "/health", timeout=2)
            return proc, api
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("prefect server did not answer in 180 s")


def run(url: str, work: Path, env: dict[str, str], *extra: str) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the run's process and its crawl process) of one `wparchive run`."""
    t0, cpu0 = time.perf_counter(), _children_cpu()
    subprocess.run([WPARCHIVE, "run", url, "--db", str(work / "archive.duckdb"), "--data-dir", str(work / "data"),
                    "--config", str(work / "sites.toml"), *extra], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, _children_cpu() - cpu0


def one_task_flow(env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU time of a process that imports Prefect and runs a one-task flow."""
    t0, cpu0 = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-c", ONE_TASK_FLOW], env=dict(env, **QUIET_PREFECT), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, _children_cpu() - cpu0


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--floor-rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-fixed-") as tmp, SnapshotServer(DEMO_SITE, address="127.0.0.9") as site:
        work = Path(tmp)
        # As a production sites.toml: its schedule is read (and checked) by every run.
        (work / "sites.toml").write_text('[schedule]\ncron = "30 2 * * *"\n')
        server, api = start_server(work / "prefect-home")
        try:
            env = dict(os.environ, PREFECT_API_URL=api)
            run(site.base_url, work, env, "--profile", "fast")  # the archive's first run
            for i in range(args.rounds):
                wall, cpu = run(site.base_url, work, env, "--run-id", f"20261206T023000Z-nochange{i}")
                (stats_path,) = (work / "data" / "runs" / f"20261206T023000Z-nochange{i}").glob("*/stats.json")
                stats = json.loads(stats_path.read_text())
                crawl = stats["scrapy"]["elapsed_time_seconds"]
                rows.append({"wall": round(wall, 2), "crawl": round(crawl, 2), "requests": stats["requests"],
                             "mode": stats["mode"], "beyond_crawl": round(wall - crawl, 2), "cpu": round(cpu, 2)})
            floor = [one_task_flow(env) for _ in range(args.floor_rounds)]
        finally:
            server.terminate()
            server.wait(30)
    print("| round | wall s | crawl s (polite waits) | requests | mode | wall − crawl s | CPU s |\n|---|---|---|---|---|---|---|")
    for i, row in enumerate(rows):
        print(f"| {i + 1} | {row['wall']} | {row['crawl']} | {row['requests']} | {row['mode']} | {row['beyond_crawl']} "
              f"| {row['cpu']} |")
    print(f"median wall − crawl: {statistics.median(r['beyond_crawl'] for r in rows):.2f} s")
    if floor:
        print("Prefect's floor, a one-task flow's process against the same server: wall "
              + ", ".join(f"{wall:.2f}" for wall, _cpu in floor) + " s; CPU "
              + ", ".join(f"{cpu:.2f}" for _wall, cpu in floor) + " s")
    if args.json:
        args.json.write_text(json.dumps({"rounds": rows, "one_task_flow": floor}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
