"""Crawl throughput: wparchive's spider vs a bare link-following Scrapy spider, on a static mirror on 127.0.0.1.

1. Seeds a larger blog (the test-bed content replicated, default 12× ≈ 230 posts, 1,200 comments) into a separate
   WordPress test bed (.testbed-bench/), crawls it once and captures every URL either spider will ask for into a
   static mirror (wparchive.demo.snapshot), then stops that test bed.
2. Serves the mirror from its own process and alternates runs of both spiders (politeness off: the fast
   profile), each in a fresh process. Pages/s = responses / Scrapy's elapsed time.

Prints a markdown table; ``--json PATH`` saves the numbers. Needs root and the test-bed packages (make test
installs them). Loopback only; stops by itself.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.run import crawl_in_subprocess  # noqa: E402
from tests.rundir_support import state_from_run  # noqa: E402
from tests.wordpress import content as C  # noqa: E402
from tests.wordpress.testbed import Testbed  # noqa: E402


def replicated_content(copies: int) -> dict:
    """The test-bed blog with each public post (and its comments) repeated ``copies`` times under new slugs."""
    content = C.load_content()
    posts, comments = list(content["posts"]), list(content["comments"])
    public = {p["key"] for p in C.public_posts(content)}
    for n in range(1, copies):
        for post in content["posts"]:
            if post["key"] not in public or post.get("sticky"):
                continue
            clone = copy.deepcopy(post)
            clone["key"] = f'{post["key"]}-{n}'
            clone["slug"] = f'{post["slug"]}-{n}'
            clone["title"] = f'{post["title"]} ({n})'
            clone["images"] = []
            year = int(post["date"][:4]) + 0  # keep the date; slugs differ, so permalinks differ
            clone["date"] = f'{year}{post["date"][4:17]}{n % 60:02d}'
            posts.append(clone)
            for c in content["comments"]:
                if c["post"] == post["key"]:
                    cc = copy.deepcopy(c)
                    cc["key"] = f'{c["key"]}-{n}'
                    cc["post"] = clone["key"]
                    cc["parent"] = f'{c["parent"]}-{n}' if c["parent"] else None
                    comments.append(cc)
    return {**content, "posts": posts, "comments": comments}


def build_mirror(copies: int, work: Path) -> tuple[Path, dict]:
    from wparchive.demo.snapshot import capture
    from crawler.urls import is_trap

    content_path = work / "bench-content.json"
    content = replicated_content(copies)
    content_path.write_text(json.dumps(content, ensure_ascii=False))
    testbed = Testbed(root=REPO / ".testbed-bench", content_path=content_path)
    started = time.monotonic()
    testbed.up()
    seeded_s = time.monotonic() - started
    try:
        site = testbed.site("tt1")
        live = crawl_in_subprocess(site.base_url + "/", work / "live-run", profile="fast", timeout=1200)
        if live.error:
            raise SystemExit(f"live crawl failed: {live.error}")
        # A no-change nightly run on the same blog, incremental on the state the full run left.
        state_path = work / "state.json"
        state_path.write_text(json.dumps(state_from_run(work / "live-run")))
        nightly = crawl_in_subprocess(site.base_url + "/", work / "nightly-run", profile="fast", state=state_path,
                                      timeout=600)
        if nightly.error:
            raise SystemExit(f"incremental crawl failed: {nightly.error}")
        urls = [json.loads(line)["url"] for line in (work / "live-run" / "requests.jsonl").read_text().splitlines()]
        mirror = work / "mirror"
        stored = capture(site.base_url + "/", urls, mirror, follow_links=5000, skip=is_trap)
    finally:
        testbed.down()
    public = len(C.public_posts(content))
    return mirror, {"posts": public, "comments": len(C.public_comments(content)), "mirror_urls": stored,
                    "seed_seconds": round(seeded_s, 1), "live_stats": live.stats,
                    "full_requests": live.stats["requests"], "nochange_requests": nightly.stats["requests"],
                    # what REST-first costs shows here: requests and crawl time (Scrapy's elapsed) of both runs
                    "full_seconds": round(live.stats["duration_seconds"], 2),
                    "nochange_seconds": round(nightly.stats["duration_seconds"], 2)}


def serve(mirror: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "wparchive.demo.snapshot", "serve", str(mirror)],
                            cwd=REPO, stdout=subprocess.PIPE, text=True)
    base_url = proc.stdout.readline().strip()  # type: ignore[union-attr]
    return proc, base_url


def run_ours(base_url: str, work: Path, n: int) -> float:
    result = crawl_in_subprocess(base_url, work / f"ours-{n}", profile="fast", timeout=1200)
    if result.error:
        raise SystemExit(f"wparchive crawl failed on the mirror: {result.error}")
    return result.stats["responses"] / result.stats["duration_seconds"]


def run_bare(base_url: str, work: Path, n: int) -> float:
    stats_path = work / f"bare-{n}.json"
    subprocess.run([sys.executable, str(REPO / "bench" / "bare_spider.py"), base_url, str(stats_path)],
                   cwd=REPO, check=True, capture_output=True)
    stats = json.loads(stats_path.read_text())
    return stats["downloader/response_count"] / stats["elapsed_time_seconds"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wparchive-bench-crawl-") as tmp:
        work = Path(tmp)
        mirror, facts = build_mirror(args.copies, work)
        proc, base_url = serve(mirror)
        try:
            ours, bare = [], []
            for n in range(args.rounds):
                bare.append(run_bare(base_url, work, n))
                ours.append(run_ours(base_url, work, n))
            ours_stats = json.loads((work / "ours-0" / "stats.json").read_text())
        finally:
            proc.terminate()
            proc.wait()
    result = {
        "posts": facts["posts"], "comments": facts["comments"], "mirror_urls": facts["mirror_urls"],
        "seed_seconds": facts["seed_seconds"],
        "ours_pages_per_s": [round(x, 1) for x in ours], "bare_pages_per_s": [round(x, 1) for x in bare],
        "ours_median": round(statistics.median(ours), 1), "bare_median": round(statistics.median(bare), 1),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 3),
        "ours_requests": ours_stats["requests"], "ours_items": ours_stats["items"],
        "full_requests": facts["full_requests"], "nochange_requests": facts["nochange_requests"],
        "nochange_share": round(facts["nochange_requests"] / facts["full_requests"], 4),
        "full_seconds": facts["full_seconds"], "nochange_seconds": facts["nochange_seconds"],
    }
    print("| spider | pages/s (median of %d) | runs |" % args.rounds)
    print("|---|---|---|")
    print(f"| wparchive (fast profile) | {result['ours_median']} | {result['ours_pages_per_s']} |")
    print(f"| bare link follower | {result['bare_median']} | {result['bare_pages_per_s']} |")
    print(f"\nratio ours/bare = {result['ratio']:.2f} (target ≥ 0.80); mirror of {result['posts']} posts, "
          f"{result['comments']} comments, {result['mirror_urls']} URLs; wparchive made {result['ours_requests']} "
          f"requests for {result['ours_items']}")
    print(f"no-change incremental run: {result['nochange_requests']} requests vs {result['full_requests']} for a "
          f"full crawl ({100 * result['nochange_share']:.1f} %, target ≤ 5 %); live site: full crawl "
          f"{result['full_seconds']} s, no-change run {result['nochange_seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
