"""The raw archive's cost: WARC bytes per run and crawl-time overhead, on the WordPress test bed.

For each site variant, alternates crawls with the archive off (``WPARCHIVE_WARC=0``) and on (a fresh run
directory: the first night, every payload stored), then one crawl handed the previous run's payloads (the next
night of an unchanged site: revisits) and one re-extraction. tt1 is also crawled through the gzip proxy of the
tests (the test bed's nginx gzips only text/html, as Debian's default does), as a site that compresses every
text type would be. Finally times the writer alone on a real post page (ms per archived response), which is the
overhead per page on a site of any size.

Prints a markdown table; ``--json PATH`` saves the numbers. Needs the test bed (make testbed-packages); loopback
only. Usage: ``python bench/bench_warc.py [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.archive import KNOWN_PAYLOADS_FILE, KnownPayload, read_run, warc_files  # noqa: E402
from crawler.replay import reextract_run  # noqa: E402
from crawler.run import CrawlResult, crawl_in_subprocess  # noqa: E402
from crawler.warc import RunArchive, write_known_payloads  # noqa: E402
from tests.gzip_proxy import gzip_body, gzip_proxy  # noqa: E402
from tests.warc_support import proxy_env  # noqa: E402
from tests.wordpress.testbed import Testbed  # noqa: E402


def crawl(base_url: str, run_dir: Path, *, archive: bool, proxy: str | None = None) -> tuple[CrawlResult, float]:
    saved = os.environ.get("WPARCHIVE_WARC")
    os.environ["WPARCHIVE_WARC"] = "1" if archive else "0"
    try:
        with proxy_env(proxy):
            started = time.monotonic()
            result = crawl_in_subprocess(base_url + "/", run_dir, profile="fast", timeout=600)
            wall = time.monotonic() - started
    finally:
        if saved is None:
            os.environ.pop("WPARCHIVE_WARC", None)
        else:
            os.environ["WPARCHIVE_WARC"] = saved
    if result.error:
        raise SystemExit(f"crawl of {base_url} failed: {result.error}")
    return result, wall


def warc_bytes(run_dir: Path) -> int:
    return sum(p.stat().st_size for p in warc_files(run_dir))


def hand_over(previous: Path, run_dir: Path) -> None:
    payloads = [KnownPayload(payload_digest=c.payload_digest, url=c.url, fetched_at=c.fetched_at,
                             warc_file=str((previous / c.warc_file).resolve()), warc_offset=c.warc_offset,
                             warc_length=c.warc_length, record_id=c.record_id)
                for c in read_run(previous).captures if c.payload_length and not c.is_revisit]
    write_known_payloads(run_dir / KNOWN_PAYLOADS_FILE, payloads)


def measure_site(name: str, base_url: str, work: Path, rounds: int, proxy: str | None) -> dict:
    off, on, off_wall, on_wall = [], [], [], []
    last_on: CrawlResult | None = None
    for n in range(rounds):
        result, wall = crawl(base_url, work / f"{name}-off-{n}", archive=False, proxy=proxy)
        off.append(result.stats["duration_seconds"])
        off_wall.append(wall)
        last_on, wall = crawl(base_url, work / f"{name}-on-{n}", archive=True, proxy=proxy)
        on.append(last_on.stats["duration_seconds"])
        on_wall.append(wall)
    assert last_on is not None
    again_dir = work / f"{name}-again"
    hand_over(last_on.run_dir, again_dir)
    again, _wall = crawl(base_url, again_dir, archive=True, proxy=proxy)
    started = time.monotonic()
    replayed = reextract_run(last_on.run_dir, work / f"{name}-reextract")
    replay_s = time.monotonic() - started
    stats = last_on.stats["scrapy"]
    return {
        "site": name, "responses": last_on.stats["responses"],
        "off_s": round(statistics.median(off), 3), "on_s": round(statistics.median(on), 3),
        "overhead_pct": round(100 * (statistics.median(on) / statistics.median(off) - 1), 1),
        "off_wall_s": round(statistics.median(off_wall), 2), "on_wall_s": round(statistics.median(on_wall), 2),
        "payload_bytes": stats["wparchive/warc/payload_bytes"], "warc_bytes": warc_bytes(last_on.run_dir),
        "revisit_run_warc_bytes": warc_bytes(again.run_dir),
        "revisits": again.stats["scrapy"].get("wparchive/warc/revisits", 0),
        "reextract_s": round(replay_s, 2), "reextract_posts": replayed.stats["items"].get("posts.jsonl", 0),
        "off_runs": [round(x, 3) for x in off], "on_runs": [round(x, 3) for x in on],
    }


def measure_writer(sample_body: bytes, n: int, work: Path) -> dict:
    """ms per archived response for the writer alone (digest, records, gzip, one write, the index line)."""
    out = {}
    for label, body, encoding in (("identity", sample_body, None), ("gzip", gzip_body(sample_body), b"gzip")):
        headers = [(b"Content-Type", b"text/html; charset=UTF-8")] + ([(b"Content-Encoding", encoding)]
                                                                         if encoding else [])
        archive = RunArchive(work / f"writer-{label}")
        started = time.perf_counter()
        for i in range(n):
            # A distinct body each time: a stored response, not a revisit (the expensive case).
            archive.write_exchange(
                url=f"http://127.0.0.1/post-{i}/", method="GET",
                request_headers=[(b"User-Agent", b"wparchive"), (b"Accept-Encoding", b"gzip, deflate")],
                request_body=b"", status=200, protocol="HTTP/1.1", response_headers=headers,
                body=body + str(i).encode(), fetched_at=dt.datetime.now(dt.timezone.utc))
        elapsed = time.perf_counter() - started
        archive.close()
        out[label] = {"body_bytes": len(body), "ms_per_response": round(1000 * elapsed / n, 3),
                      "warc_bytes_per_response": round(warc_bytes(work / f"writer-{label}") / n)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--writer-n", type=int, default=500)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    testbed = Testbed()
    testbed.acquire()
    try:
        sites = {v: testbed.site(v) for v in ("tt1", "tt3", "tt1-rest-blocked")}
        for site in sites.values():
            site.reset()
        with tempfile.TemporaryDirectory(prefix="wparchive-bench-warc-") as tmp:
            work = Path(tmp)
            rows = [measure_site(v, s.base_url, work, args.rounds, None) for v, s in sites.items()]
            with gzip_proxy() as proxy:
                rows.append(measure_site("tt1 via gzip", sites["tt1"].base_url, work, args.rounds,
                                         proxy.url))  # type: ignore[attr-defined]
            sample = next(c for c in read_run(work / "tt1-on-0").captures if c.url.count("/") >= 7)
            from crawler.archive import read_response, resolve_path
            body = read_response(resolve_path(work / "tt1-on-0", sample.warc_file), sample.warc_offset,
                                 sample.warc_length).body
            writer = measure_writer(body, args.writer_n, work)
    finally:
        testbed.release()
    print(f"| site | responses | crawl s off → on (median of {args.rounds}) | overhead | WARC bytes (payload) | "
          "next run, unchanged: WARC bytes (revisits) | reextract s |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['site']} | {r['responses']} | {r['off_s']} → {r['on_s']} | {r['overhead_pct']:+.1f} % | "
              f"{r['warc_bytes']:,} ({r['payload_bytes']:,}) | {r['revisit_run_warc_bytes']:,} ({r['revisits']}) | "
              f"{r['reextract_s']} |")
    for label, w in writer.items():
        print(f"\nwriter alone, {label} post page of {w['body_bytes']:,} bytes: {w['ms_per_response']} ms and "
              f"{w['warc_bytes_per_response']:,} WARC bytes per archived response")
    if args.json:
        args.json.write_text(json.dumps({"sites": rows, "writer": writer}, indent=2) + "\n")


if __name__ == "__main__":
    main()
