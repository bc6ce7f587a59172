"""Crawl-pool benchmark: many polite blogs in one crawl process (crawler/pool.py), on loopback.

The demo snapshot (wparchive/demo/site, a real WordPress captured) is served as N sites on distinct 127.x addresses
by a separate server process. Scenarios:
  polite    one blog alone, then N blogs (default 40) in one pool: full crawls, polite profile, same run
  nochange  N blogs (default 1,000) that changed nothing since the archive's last run: polite, with crawl state
Prints a markdown table (wall time, peak RSS of the pool process, requests, failures); ``--json PATH`` saves it.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.options import CrawlJob, CrawlOptions  # noqa: E402
from crawler.pool import pool_in_subprocess  # noqa: E402

_SERVERS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from wparchive.demo.snapshot import DEMO_SITE, SnapshotServer
port = int(sys.argv[2])
servers = [SnapshotServer(DEMO_SITE, port=port, address=a).__enter__() for a in sys.argv[3:]]
print(json.dumps([s.base_url for s in servers]), flush=True)
sys.stdin.read()
"""


def addresses(n: int, offset: int = 0) -> list[str]:
    return [f"127.1.{(i + offset) // 250}.{(i + offset) % 250 + 1}" for i in range(n)]


def serve(addrs: list[str], port: int = 0) -> tuple[subprocess.Popen[str], list[str]]:
    """One snapshot server per address, in a separate process; port 0 picks a free port for each."""
    proc = subprocess.Popen([sys.executable, "-c", _SERVERS, str(REPO), str(port), *addrs], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


def run_pool(jobs: list[CrawlJob], work: Path, k: int, processes: int = 1) -> dict:
    t0, cpu0 = time.perf_counter(), _children_cpu()
    results = [r for batch in pool_in_subprocess(jobs, work, k, processes) for r in batch]
    seconds, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    # The pool processes are the only children waited for: their peak RSS (max over the runs so far).
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"sites": len(jobs), "parallel": k, "processes": processes, "seconds": round(seconds, 1), "cpu_s": round(cpu, 1), "peak_rss_mb_so_far": round(rss_mb),
            "requests": sum(r.stats.get("requests", 0) for r in results),
            "failed": [r.error for r in results if r.error][:3], "failed_count": sum(1 for r in results if r.error)}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def polite(n: int, work: Path) -> list[dict]:
    proc, urls = serve(addresses(n + 1))
    try:
        one = run_pool([CrawlJob(urls[0], str(work / "one" / "site"), CrawlOptions())], work / "one", 1)
        many = run_pool([CrawlJob(u, str(work / "many" / f"s{i}"), CrawlOptions()) for i, u in enumerate(urls[1:])],
                        work / "many", n)
    finally:
        proc.kill()
    many["ratio_to_one"] = round(many["seconds"] / one["seconds"], 2)
    return [dict(one, scenario="1 polite blog"), dict(many, scenario=f"{n} polite blogs")]


def nochange(n: int, k: int, work: Path, processes: int = 1) -> list[dict]:
    from flows.rundir import RunRequest, clean_run_dir
    from warehouse.db import initialise
    from warehouse.load import load_run
    from warehouse.state import write_crawl_state

    proc, urls = serve(addresses(n, offset=500))
    try:
        # The archive's last run of one blog, loaded; every site's state is that state on its own address.
        first = work / "first" / "site"
        RunRequest(run_id="20261201T023000Z-bench", site_url=urls[0], site_name="site").write(first)
        run_pool([CrawlJob(urls[0], str(first), CrawlOptions(profile="fast"))], work / "first", 1)
        db = work / "archive.duckdb"
        initialise(db)
        load_run(db, clean_run_dir(first)[0])
        state = write_crawl_state(db, urls[0], work / "state0.json")
        assert state is not None
        template = state.read_text()
        jobs = []
        for i, url in enumerate(urls):
            path = work / "states" / f"{i}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(template.replace(urls[0], url))
            jobs.append(CrawlJob(url, str(work / "nightly" / f"s{i}"), CrawlOptions(state=str(path))))
        row = run_pool(jobs, work / "nightly", k, processes)
    finally:
        proc.kill()
    return [dict(row, scenario=f"{n} no-change polite blogs")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scenario", choices=["polite", "nochange"])
    parser.add_argument("-n", type=int)
    parser.add_argument("-k", type=int, default=200, help="sites at once (nochange)")
    parser.add_argument("--processes", type=int, default=1, help="crawl processes (nochange)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pool-") as tmp:
        rows = (polite(args.n or 40, Path(tmp)) if args.scenario == "polite"
                else nochange(args.n or 1000, args.k, Path(tmp), args.processes))
    keys = ["scenario", "sites", "parallel", "processes", "seconds", "cpu_s", "peak_rss_mb_so_far", "requests", "failed_count"]
    print("| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row.get(k, "")) for k in keys) + " |")
        if row.get("failed"):
            print(f"  failures: {row['failed']}")
        if "ratio_to_one" in row:
            print(f"  ratio to one blog: {row['ratio_to_one']}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
