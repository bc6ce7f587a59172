"""Benchmark snapshot publishing, the HTML report and the exports on a large archive.

Generates a run of N posts and M comments (bench_load.py's generator), loads it into the working copy, builds the
views and checks, then times: publishing (checkpoint, copy, fsync, verify, rename), the report (queries +
render; its size must stay under 2 MB however large the archive) and both exports.

Usage: ``python bench/bench_publish_report.py [--posts N] [--comments N]``; prints a markdown table.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=100_000)
    args = parser.parse_args(argv)

    from bench.bench_load import generate_run
    from flows.rundir import clean_run_dir
    from warehouse import db as warehouse_db
    from warehouse.export import export_archive
    from warehouse.load import load_run
    from warehouse.publish import prepare_working, publish
    from report import build_report

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="wparchive-bench-") as tmp:
        root = Path(tmp)
        run_dir = root / "runs" / "bench-run" / "bench"
        generate_run(run_dir, args.posts, args.comments)
        published = root / "archive.duckdb"
        work = prepare_working(published)
        warehouse_db.initialise(work)
        clean_dir, _manifest = clean_run_dir(run_dir)
        load_run(work, clean_dir)
        with warehouse_db.connect(work) as con:
            warehouse_db.build_views(con)
            warehouse_db.run_checks(con, "bench-run")
        rows.append(("posts / comments", f"{args.posts:,} / {args.comments:,}"))
        result = publish(work, published)
        rows.append(("database size", f"{result.bytes / 1e6:.1f} MB"))
        rows.append(("**publish** (checkpoint, copy, fsync, verify, rename)", f"**{result.seconds:.2f} s**"))
        again = publish(work, published)
        rows.append(("publish again (nothing to checkpoint)", f"{again.seconds:.2f} s"))
        report = build_report(published, root / "report.html")
        rows.append(("**report** (queries + render)", f"**{report.seconds:.2f} s**"))
        rows.append(("report size", f"{report.bytes / 1024:.0f} KB"))
        for fmt in ("parquet", "csv"):
            started = time.perf_counter()
            files = export_archive(published, root / fmt, fmt)
            size = sum(f.bytes for f in files)
            rows.append((f"export {fmt} ({len(files)} files, {size / 1e6:.1f} MB)",
                         f"{time.perf_counter() - started:.2f} s"))
        shutil.rmtree(root / "runs", ignore_errors=True)
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
