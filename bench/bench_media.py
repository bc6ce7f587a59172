"""What media capture costs: a full and a no-change crawl of the test-bed blog (tt1), media on and off.

For each: requests, bytes received (payloads as stored in the WARC, i.e. compressed where the server compressed)
and crawl time (Scrapy's elapsed time), median of ``--rounds`` alternating runs in fresh processes (fast profile,
so the times are the crawler's, not politeness). The no-change run is incremental on the state the full run left:
it re-reads no post, so it fetches no media. Needs the test bed (make test installs it); loopback only.
Prints a markdown table; ``--json PATH`` saves the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.run import crawl_in_subprocess  # noqa: E402
from tests.rundir_support import read_jsonl, state_from_run  # noqa: E402
from tests.wordpress.testbed import Testbed  # noqa: E402


def crawl(base_url: str, run_dir: Path, media: bool, state: Path | None = None) -> dict[str, float]:
    os.environ["WPARCHIVE_MEDIA"] = "1" if media else "0"  # the crawl subprocess inherits it
    result = crawl_in_subprocess(base_url, run_dir, profile="fast", state=state, timeout=600)
    if result.error:
        raise SystemExit(f"crawl failed: {result.error}")
    captures = read_jsonl(run_dir / "captures.jsonl")
    return {"requests": result.stats["requests"], "seconds": result.stats["duration_seconds"],
            "bytes": sum(c.get("payload_length") or 0 for c in captures),
            "media_requests": result.stats["scrapy"].get("wparchive/media/requests", 0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    testbed = Testbed()
    testbed.up()
    site = testbed.site("tt1")
    site.reset()
    runs: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="wparchive-bench-media-") as tmp:
        work = Path(tmp)
        for n in range(args.rounds):
            for media in (True, False):
                label = "on" if media else "off"
                full_dir = work / f"full-{label}-{n}"
                runs.setdefault(f"full, media {label}", []).append(crawl(site.base_url + "/", full_dir, media))
                state = work / f"state-{label}-{n}.json"
                state.write_text(json.dumps(state_from_run(full_dir)))
                runs.setdefault(f"no-change, media {label}", []).append(
                    crawl(site.base_url + "/", work / f"nochange-{label}-{n}", media, state))
    table = {name: {k: statistics.median(r[k] for r in rows) for k in rows[0]} for name, rows in runs.items()}
    print("| crawl | requests | media requests | KB received | seconds |")
    print("|---|---:|---:|---:|---:|")
    for name, row in table.items():
        print(f"| {name} | {row['requests']:.0f} | {row['media_requests']:.0f} | {row['bytes'] / 1024:.0f} "
              f"| {row['seconds']:.2f} |")
    on, off = table["full, media on"], table["full, media off"]
    print(f"\nmedia adds {on['requests'] - off['requests']:.0f} requests (+{100 * (on['requests'] / off['requests'] - 1):.0f} %), "
          f"{(on['bytes'] - off['bytes']) / 1024:.0f} KB and {on['seconds'] - off['seconds']:+.2f} s to a full crawl; "
          f"the no-change nightly is {100 * table['no-change, media on']['requests'] / on['requests']:.1f} % "
          "of a full crawl's requests")
    if args.json:
        args.json.write_text(json.dumps(table, indent=2))


if __name__ == "__main__":
    main()
