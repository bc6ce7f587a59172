"""Load step of a night with many sites: N cleaned site runs (2 posts, 2 comments, 2 forms each) loaded the way
the nightly flow loads sites that finish together (``warehouse.load.load_runs``: one connection per batch, one
transaction per site), against the per-site ``load_run`` (a connection per site). Prints the curve as a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.rundir import RunRequest, clean_run_dir  # noqa: E402
from tests.test_warehouse_load import comment, form, post, stats, write_crawler_files  # noqa: E402
from warehouse.db import initialise  # noqa: E402
from warehouse.load import load_run, load_runs  # noqa: E402

RUN_ID = "20261206T023000Z-sites"


def cleaned_runs(n: int, root: Path) -> list[Path]:
    dirs = []
    for i in range(n):
        site = f"https://blog{i}.example/"
        run_dir = root / "runs" / RUN_ID / f"blog{i}"
        RunRequest(run_id=RUN_ID, site_url=site, site_name=f"blog{i}").write(run_dir)
        write_crawler_files(run_dir, posts=[post(1), post(2)], comments=[comment(10, 1), comment(11, 1, parent=10)],
                            forms=[form(1), form(2)], drops=[], stats_json=stats(), site=site)
        dirs.append(clean_run_dir(run_dir)[0])
    return dirs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--batch", type=int, default=100, help="sites that finish together")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for n in args.sites:
        with tempfile.TemporaryDirectory(prefix="bench-load-sites-") as tmp:
            root = Path(tmp)
            t0 = time.perf_counter()
            dirs = cleaned_runs(n, root)
            clean_s = time.perf_counter() - t0
            batched, single = root / "batched.duckdb", root / "single.duckdb"
            initialise(batched)
            initialise(single)
            t0 = time.perf_counter()
            for start in range(0, n, args.batch):
                results = load_runs(batched, dirs[start:start + args.batch])
                assert not any(isinstance(r, Exception) for r in results), results
            batched_s = time.perf_counter() - t0
            sample = dirs[: min(n, 100)]
            t0 = time.perf_counter()
            for d in sample:
                load_run(single, d)
            single_per_site = (time.perf_counter() - t0) / len(sample)
        rows.append({"sites": n, "clean_s": round(clean_s, 1), "load_batched_s": round(batched_s, 1),
                     "ms_per_site_batched": round(1000 * batched_s / n, 1),
                     "ms_per_site_one_connection_each": round(1000 * single_per_site, 1)})
        print(rows[-1], flush=True)
    print("| sites | clean s | load s (batches of %d) | ms/site batched | ms/site, a connection each |" % args.batch)
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['sites']} | {r['clean_s']} | {r['load_batched_s']} | {r['ms_per_site_batched']} | "
              f"{r['ms_per_site_one_connection_each']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
