"""Load step of a night with many sites: N small cleaned site runs (2 posts, 2 comments, 2 forms each) loaded the
way the nightly flow loads sites that finish together (``warehouse.load.load_runs``: one connection, up to
``MAX_BATCH_RUNS`` runs and ``MAX_BATCH_BYTES`` per transaction, each statement once per batch), against one run per
transaction (the loader before batching: ``max_batch_runs=1``, measured on a sample of the runs). Prints the curve as
a table, with the load average before and after each size.

One run is cleaned for real (flows.rundir.clean_run_dir); the other N-1 are copies of its cleaned directory with the
site's address replaced, so that building 10,000 runs takes seconds, not the cleaning step's minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.rundir import RunRequest, clean_run_dir  # noqa: E402
from tests.test_warehouse_load import SITE, comment, form, post, stats, write_crawler_files  # noqa: E402
from warehouse.db import initialise, query  # noqa: E402
from warehouse.load import MAX_BATCH_RUNS, load_runs  # noqa: E402

RUN_ID = "20261206T023000Z-sites"


def cleaned_runs(n: int, root: Path) -> list[Path]:
    """N cleaned site runs: blog0 cleaned from crawler files, blog1… copies of it under their own address."""
    template = root / "runs" / RUN_ID / "blog0"
    RunRequest(run_id=RUN_ID, site_url=SITE, site_name="blog0").write(template)
    write_crawler_files(template, posts=[post(1), post(2)], comments=[comment(10, 1), comment(11, 1, parent=10)],
                        forms=[form(1), form(2)], drops=[], stats_json=stats())
    clean_dir = clean_run_dir(template)[0]
    files = {path.name: path.read_text(encoding="utf-8") for path in clean_dir.iterdir()}
    dirs = []
    for i in range(n):
        copy = root / "clean" / f"blog{i}"
        copy.mkdir(parents=True)
        for name, text in files.items():
            text = text.replace(SITE, f"https://blog{i}.example/").replace('"site_name": "blog0"',
                                                                            f'"site_name": "blog{i}"')
            (copy / name).write_text(text, encoding="utf-8")
        dirs.append(copy)
    return dirs


def load_average() -> float:
    return round(os.getloadavg()[0], 1)


def measure(n: int, sample: int, max_batch_runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-load-sites-") as tmp:
        root = Path(tmp)
        load_before = load_average()
        t0 = time.perf_counter()
        dirs = cleaned_runs(n, root)
        build_s = time.perf_counter() - t0
        batched, single = root / "batched.duckdb", root / "single.duckdb"
        initialise(batched)
        initialise(single)
        t0 = time.perf_counter()
        results = load_runs(batched, dirs, max_batch_runs=max_batch_runs)
        batched_s = time.perf_counter() - t0
        assert not any(isinstance(r, Exception) for r in results), results
        assert query(batched, "SELECT count(*) FROM crawl_runs")[1] == [(n,)]
        some = dirs[: min(n, sample)]
        t0 = time.perf_counter()
        results = load_runs(single, some, max_batch_runs=1)
        single_per_site = (time.perf_counter() - t0) / len(some)
        assert not any(isinstance(r, Exception) for r in results), results
    return {"sites": n, "build_s": round(build_s, 1), "load_s": round(batched_s, 2),
            "ms_per_site": round(1000 * batched_s / n, 2),
            "ms_per_site_one_per_transaction": round(1000 * single_per_site, 1),
            "one_per_transaction_sample": len(some), "load_average": f"{load_before}–{load_average()}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--sample", type=int, default=100,
                        help="runs loaded one per transaction at each size (that way is linear: a sample says it)")
    parser.add_argument("--max-batch-runs", type=int, default=MAX_BATCH_RUNS,
                        help="most runs in one transaction (the loader's default; also capped by MAX_BATCH_BYTES)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for n in args.sites:
        rows.append(measure(n, args.sample, args.max_batch_runs))
        print(rows[-1], flush=True)
    print(f"| site runs | load s (batches of ≤ {args.max_batch_runs:,} runs) | ms/site batched | ms/site, one run per "
          "transaction | load average |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['sites']:,} | {r['load_s']} | {r['ms_per_site']} | {r['ms_per_site_one_per_transaction']} "
              f"(first {r['one_per_transaction_sample']}) | {r['load_average']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
