"""The crawl pool (crawler/pool.py) on the demo snapshot (a real WordPress captured) served on loopback addresses:
several sites in one process, a site's deadline, and politeness shared by blogs on one host."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from crawler.options import CrawlJob, CrawlOptions
from crawler.pool import PROCESSES_ENV, pool_in_subprocess, pool_processes
from wparchive.demo.snapshot import DEMO_SITE, SnapshotServer


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_sites_in_one_process_and_a_deadline(tmp_path: Path) -> None:
    with SnapshotServer(DEMO_SITE, address="127.0.0.2") as a, SnapshotServer(DEMO_SITE, address="127.0.0.3") as b, \
            SnapshotServer(DEMO_SITE, address="127.0.0.4") as slow:
        # crawl.log at DEBUG names every URL fetched, so whose lines a site's log holds can be checked
        debug_log = {"WPARCHIVE_LOG_FILE_LEVEL": "DEBUG"}
        jobs = [CrawlJob(a.base_url, str(tmp_path / "a"), CrawlOptions(profile="fast", settings=debug_log)),
                # nothing listens there: its crawl logs an error while a's runs
                CrawlJob("http://127.0.0.1:9/", str(tmp_path / "down"), CrawlOptions(profile="fast")),
                CrawlJob(b.base_url, str(tmp_path / "b"), CrawlOptions(profile="fast", settings=debug_log)),
                # polite: ~1 request/s, so 3 s is far too short for the whole blog
                CrawlJob(slow.base_url, str(tmp_path / "slow"), CrawlOptions(profile="polite", timeout_seconds=3))]
        results = {r.run_dir.name: r for batch in pool_in_subprocess(jobs, tmp_path / "pool", 2) for r in batch}
    assert results["a"].ok and results["b"].ok, (results["a"].error, results["b"].error)
    posts = [_lines(tmp_path / name / "posts.jsonl") for name in ("a", "b")]
    assert len(posts[0]) == len(posts[1]) > 10
    assert {p["title"] for p in posts[0]} == {p["title"] for p in posts[1]}
    assert "timed out" in results["slow"].error
    assert not (tmp_path / "slow" / "posts.jsonl").exists() and not (tmp_path / "slow" / "stats.json").exists()
    assert results["down"].error and len(_lines(tmp_path / "pool" / "crawl-results.jsonl")) == 4  # one per site
    # A site's error count is its own: the unreachable site's error is not counted in the sites crawled beside it
    errors = {name: json.loads((tmp_path / name / "stats.json").read_text())["errors"]["log_errors"]
              for name in ("a", "b", "down")}
    assert errors["down"] >= 1 and errors["a"] == errors["b"] == 0, errors
    # Each site's crawl.log holds its own crawl's lines and no other's, though all crawls share one process
    for own, other in ((a, b), (b, a)):
        log = (tmp_path / ("a" if own is a else "b") / "crawl.log").read_text()
        assert log.count(own.base_url) > 10 and other.base_url not in log and slow.base_url not in log
    # … and the process's own output keeps the problems, not every site's INFO lines
    assert "Overridden settings" not in (tmp_path / "pool" / "crawl-results.jsonl.log").read_text()


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


def test_a_pool_of_two_processes_shares_a_host_both_reach(tmp_path: Path) -> None:
    # Two blogs on their own hosts whose REST API is on a third host (as WordPress.com's public API serves every
    # blog it hosts): sharded into two crawl processes, they still reach the API host ~1 request/s in all.
    with SnapshotServer(DEMO_SITE, address="127.0.0.6") as one, SnapshotServer(DEMO_SITE, address="127.0.0.7") as two, \
            SnapshotServer(DEMO_SITE, address="127.0.0.8") as api:
        jobs = [CrawlJob(s.base_url, str(tmp_path / name),
                         CrawlOptions(profile="polite", max_requests=6, api_root=f"{api.base_url}wp-json/"))
                for name, s in (("one", one), ("two", two))]
        results = [r for batch in pool_in_subprocess(jobs, tmp_path / "pool", 2, processes=2) for r in batch]
        served = sorted(t for t, path in api.served if path != "/robots.txt")
    assert sorted(r.run_dir.name for r in results) == ["one", "two"]  # each site reported once
    # one site in each process
    assert [len(_lines(tmp_path / "pool" / name)) for name in ("crawl-results.jsonl", "crawl-results.1.jsonl")] == [1, 1]
    assert len(served) >= 4, served  # both processes asked the API host …
    gaps = [later - earlier for earlier, later in zip(served, served[1:])]
    assert min(gaps) >= 0.9, gaps  # … and together never faster than ~1 request/s


_TAKE_TURNS = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from crawler.politeness import HostLeases
    leases, taken = HostLeases(Path(sys.argv[1])), []
    while len(taken) < 5:
        wait = leases.try_take("blog.example", 0.1, 30)
        if wait:
            time.sleep(wait)
            continue
        # the start this process committed (no other can take the host for 0.1 s, so it is still the file's)
        taken.append(float((Path(sys.argv[1]) / "blog.example").read_text().split()[1]))
        leases.give_back("blog.example")
    print(" ".join(map(repr, taken)))
""")


def test_host_leases_space_the_turns_of_two_processes(tmp_path: Path) -> None:
    processes = [subprocess.Popen([sys.executable, "-c", _TAKE_TURNS, str(tmp_path)], stdout=subprocess.PIPE,
                                  text=True, cwd=Path(__file__).resolve().parents[1]) for _ in range(2)]
    turns = [[float(t) for t in p.communicate(timeout=60)[0].split()] for p in processes]
    assert [len(own) for own in turns] == [5, 5], turns  # both processes had their turns …
    starts = sorted(t for own in turns for t in own)
    gaps = [later - earlier for earlier, later in zip(starts, starts[1:])]
    assert min(gaps) >= 0.1 - 1e-9, gaps  # … never two within the interval


def test_a_night_of_many_sites_gets_a_crawl_process_per_core(monkeypatch) -> None:
    monkeypatch.delenv(PROCESSES_ENV, raising=False)
    assert pool_processes(1) == pool_processes(49) == 1  # a second process costs more than it saves
    assert pool_processes(10_000) == len(os.sched_getaffinity(0))
    monkeypatch.setenv(PROCESSES_ENV, "3")
    assert (pool_processes(2), pool_processes(100)) == (2, 3)  # never more processes than sites
