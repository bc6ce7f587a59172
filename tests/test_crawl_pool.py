"""The crawl pool (crawler/pool.py) on the demo snapshot (a real WordPress captured) served on loopback addresses:
several sites in one process, a site's deadline, and politeness shared by blogs on one host."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.options import CrawlJob, CrawlOptions
from crawler.pool import pool_in_subprocess
from wparchive.demo.snapshot import DEMO_SITE, SnapshotServer


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_sites_in_one_process_and_a_deadline(tmp_path: Path) -> None:
    with SnapshotServer(DEMO_SITE, address="127.0.0.2") as a, SnapshotServer(DEMO_SITE, address="127.0.0.3") as b, \
            SnapshotServer(DEMO_SITE, address="127.0.0.4") as slow:
        jobs = [CrawlJob(a.base_url, str(tmp_path / "a"), CrawlOptions(profile="fast")),
                CrawlJob(b.base_url, str(tmp_path / "b"), CrawlOptions(profile="fast")),
                # polite: ~1 request/s, so 3 s is far too short for the whole blog
                CrawlJob(slow.base_url, str(tmp_path / "slow"), CrawlOptions(profile="polite", timeout_seconds=3))]
        results = {r.run_dir.name: r for batch in pool_in_subprocess(jobs, tmp_path / "pool", 2) for r in batch}
    assert results["a"].ok and results["b"].ok, (results["a"].error, results["b"].error)
    posts = [_lines(tmp_path / name / "posts.jsonl") for name in ("a", "b")]
    assert len(posts[0]) == len(posts[1]) > 10
    assert {p["title"] for p in posts[0]} == {p["title"] for p in posts[1]}
    assert "timed out" in results["slow"].error
    assert not (tmp_path / "slow" / "posts.jsonl").exists() and not (tmp_path / "slow" / "stats.json").exists()
    assert len(_lines(tmp_path / "pool" / "crawl-results.jsonl")) == 3  # one line per finished site


def test_two_blogs_on_one_host_share_its_pace(tmp_path: Path) -> None:
    # Two blogs on 127.0.0.5 (two ports: Scrapy's download slots and the limiter key on the host, not the port).
    with SnapshotServer(DEMO_SITE, address="127.0.0.5") as one, SnapshotServer(DEMO_SITE, address="127.0.0.5") as two:
        jobs = [CrawlJob(s.base_url, str(tmp_path / name), CrawlOptions(profile="polite", max_requests=5))
                for name, s in (("one", one), ("two", two))]
        results = [r for batch in pool_in_subprocess(jobs, tmp_path / "pool", 2) for r in batch]
        served = sorted(t for s in (one, two) for t, path in s.served if path != "/robots.txt")
        per_site = [sum(1 for _t, path in s.served if path != "/robots.txt") for s in (one, two)]
    assert all(r.ok for r in results), [r.error for r in results]
    assert min(per_site) >= 4  # both blogs were crawled, interleaved …
    gaps = [later - earlier for earlier, later in zip(served, served[1:])]
    assert min(gaps) >= 0.9, gaps  # … and together never faster than ~1 request/s
