"""A whole nightly run over N blogs: `wparchive run` with a sites.toml of N demo-snapshot sites on distinct 127.2.x.y
addresses. The first run archives them (fast profile); the timed run is the no-change polite night that follows
(crawl pool, loads streaming beside it, views, checks, publishing, report). Prints wall time per run and the peak
of the run's memory: the `wparchive run` process and every process under it (the crawl pool, a temporary Prefect
server), summed as PSS (each shared page counted once, split among its sharers) and as RSS (shared pages counted in
every process: an upper bound), sampled from /proc every 0.2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_pool import serve  # noqa: E402

WPARCHIVE = str(Path(sys.executable).with_name("wparchive"))


def _label(pid: int) -> str:
    """What a process is, for the breakdown: the module or command it runs (``crawler.pool``, ``uvicorn``, …)."""
    try:
        argv = [a.decode(errors="replace") for a in (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0") if a]
    except OSError:
        return "?"
    if "-m" in argv[:-1]:
        return argv[argv.index("-m") + 1]
    words = [Path(argv[0]).name, *argv[1:2]] if argv else ["?"]
    return " ".join(words)


def tree_memory_mb(root: int) -> tuple[float, float, dict[str, float]]:
    """(PSS, RSS, PSS by process label) of `root` and all its descendants, summed, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):  # the process ended while we looked
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    pss = rss = 0
    by_label: dict[str, float] = {}
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            rollup = (Path("/proc") / str(pid) / "smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                kb = int(line.split()[1])
                pss += kb
                label = _label(pid)
                by_label[label] = by_label.get(label, 0) + kb / 1024
            elif line.startswith("Rss:"):
                rss += int(line.split()[1])
    return pss / 1024, rss / 1024, by_label


# The run's per-step log lines (printed when its output is not a terminal) that mark where a night's time goes.
MILESTONES = (("working copy prepared", " prepared ", min), ("crawl jobs ready", ": crawling ", max),
              ("first site crawled", ": crawled", min), ("last site crawled", ": crawled", max),
              ("last site loaded", ": loaded", max), ("views built", " views", max), ("checks run", " checks", max),
              ("published", " published ", max), ("report written", " report ", max))


def milestones(lines: list[tuple[float, str]]) -> dict[str, float]:
    """Seconds from the run's start to each milestone its log lines show."""
    out = {}
    for name, marker, pick in MILESTONES:
        times = [t for t, line in lines if marker in line]
        if times:
            out[name] = round(pick(times), 1)
    return out


def night(work: Path, parallel: int, *extra: str,
          ) -> tuple[float, int, float, float, dict[str, float], dict[str, float]]:
    """Wall seconds, exit code, peak summed PSS and RSS (MB) of one `wparchive run` over the sites.toml in `work`, the
    PSS of each kind of process at the moment of the peak, and the run's milestones (seconds from its start)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([WPARCHIVE, "run", "--config", str(work / "sites.toml"), "--db", str(work / "a.duckdb"),
                             "--data-dir", str(work / "data"), "--parallel", str(parallel), *extra],
                            env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[tuple[float, str]] = []

    def read_log() -> None:  # drained in a thread: a full pipe would stop the run
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.perf_counter() - t0, line.rstrip()))

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    peak_pss = peak_rss = 0.0
    at_peak: dict[str, float] = {}
    while proc.poll() is None:
        pss, rss, by_label = tree_memory_mb(proc.pid)
        if pss > peak_pss:
            peak_pss, at_peak = pss, by_label
        peak_rss = max(peak_rss, rss)
        time.sleep(0.2)
    seconds = time.perf_counter() - t0
    reader.join(10)
    return seconds, proc.returncode, peak_pss, peak_rss, at_peak, milestones(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("-k", type=int, default=200)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--port", type=int, default=18_480, help="every site's port (each has its own address)")
    parser.add_argument("--first-night", type=Path,
                        help="keep the first night's archive here and, when it is already there, time only the "
                             "no-change night on a copy of it (the first night of 1,000 blogs takes ~18 min)")
    args = parser.parse_args()
    addrs = [f"127.2.{i // 250}.{i % 250 + 1}" for i in range(args.n)]
    # A fixed port, so that a kept first night's sites are the same URLs the next time
    proc, urls = serve(addrs, port=args.port)
    rows = []
    try:
        with tempfile.TemporaryDirectory(prefix="bench-night-") as tmp:
            work = Path(tmp)
            nights = [(f"first night, {args.n} blogs, fast profile", 50, ("--profile", "fast")),
                      (f"no-change night, {args.n} polite blogs", args.k, ())]
            kept = args.first_night / f"first-{args.n}" if args.first_night else None
            if kept is not None:
                # The archive keeps absolute paths: the nights run in one fixed directory, restored from the copy.
                work = args.first_night / f"work-{args.n}"
                shutil.rmtree(work, ignore_errors=True)
                if (kept / "a.duckdb").exists():
                    shutil.copytree(kept, work)
                    nights = nights[1:]
                work.mkdir(parents=True, exist_ok=True)
            (work / "sites.toml").write_text("".join(f'[[sites]]\nname = "s{i}"\nurl = "{u}"\n\n'
                                                     for i, u in enumerate(urls)))
            for label, parallel, extra in nights:
                seconds, rc, pss, rss, at_peak, marks = night(work, parallel, *extra)
                if kept is not None and "--profile" in extra:
                    shutil.rmtree(kept, ignore_errors=True)
                    shutil.copytree(work, kept)
                rows.append({"run": label, "seconds": round(seconds, 1), "exit": rc, "peak_pss_mb": round(pss),
                             "peak_rss_mb": round(rss),
                             "pss_at_peak_mb": {k: round(v) for k, v in sorted(at_peak.items(), key=lambda kv: -kv[1])},
                             "milestones_s": marks})
    finally:
        proc.kill()
    print("| run | wall s | exit | peak PSS MB | peak RSS MB |\n|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['run']} | {row['seconds']} | {row['exit']} | {row['peak_pss_mb']} | {row['peak_rss_mb']} |")
    for row in rows:
        print(f"{row['run']}: PSS at the peak by process: {row['pss_at_peak_mb']}")
        print(f"{row['run']}: seconds from the start: {row['milestones_s']}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
