"""The nightly flow through Prefect (a session-scoped test harness) with a stand-in crawler, and its task bodies.

The stand-in replaces the crawl pool (``crawl_pool``, one site per thread) and writes what the crawler would; the real crawler runs in the
end-to-end tests (tests/test_flows_e2e.py).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from flows import prefect_env  # noqa: F401  (before prefect)

from prefect.logging import disable_run_logger
from prefect.testing.utilities import prefect_test_harness

import flows.nightly as nightly_module
from crawler.options import CrawlJob, CrawlOptions
from crawler.run import CrawlResult
from flows.nightly import NightlyRunFailed, nightly
from flows.rundir import RunRequest
from tests.pool_support import pool_of
from tests.test_warehouse_load import SITE, comment, form, post, snapshot, stats, write_crawler_files
from warehouse.db import query

Behaviour = Callable[[str, Path, int], str | None]  # (site_url, run_dir, attempt) → error or None


@pytest.fixture(scope="session", autouse=True)
def prefect_harness() -> Iterator[None]:
    with prefect_test_harness(server_startup_timeout=120):
        yield


class FakeCrawler:
    """Writes a small, valid run for each site; a site's behaviour can fail it (by URL)."""

    def __init__(self) -> None:
        self.behaviours: dict[str, Behaviour] = {}
        self.attempts: dict[str, int] = {}
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        self.delay = 0.0

    def __call__(self, site_url: str, run_dir: Path, **_kwargs: Any) -> CrawlResult:
        with self.lock:
            self.attempts[site_url] = self.attempts.get(site_url, 0) + 1
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            time.sleep(self.delay)
            behaviour = self.behaviours.get(site_url)
            error = behaviour(site_url, run_dir, self.attempts[site_url]) if behaviour else None
            run_dir.mkdir(parents=True, exist_ok=True)
            if error:
                write_crawler_files(run_dir, posts=[], comments=[], forms=[], drops=[],
                                    stats_json=stats(fatal=error), site=site_url)
                return CrawlResult(run_dir, {}, error)
            write_crawler_files(run_dir, posts=[post(1), post(2)],
                                comments=[comment(10, 1), comment(11, 1, parent=10)],
                                forms=[form(1), form(2)], drops=[], stats_json=stats(), site=site_url)
            return CrawlResult(run_dir, {}, None)
        finally:
            with self.lock:
                self.active -= 1


@pytest.fixture
def crawler(monkeypatch: pytest.MonkeyPatch) -> FakeCrawler:
    fake = FakeCrawler()
    monkeypatch.setattr(nightly_module, "crawl_pool", pool_of(fake))
    return fake


def run_flow(tmp_path: Path, urls: list[str], **kwargs: Any) -> Any:
    return nightly(site_urls=urls, db_path=str(tmp_path / "archive.duckdb"), data_dir=str(tmp_path / "data"),
                   config_path=str(_empty_config(tmp_path)), crawl_retry_delay_seconds=0, **kwargs)


def _empty_config(tmp_path: Path) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text("[defaults]\nlanguage = \"sv\"\n")
    return path


def test_flow_loads_every_site(tmp_path: Path, crawler: FakeCrawler) -> None:
    summary = run_flow(tmp_path, ["http://one.example/", "http://two.example/"])
    assert summary["failures"] == {}
    assert sorted((s["site"], s["status"], s["posts_count"], s["comments_count"]) for s in summary["sites"]) == [
        ("http://one.example/", "succeeded", 2, 2), ("http://two.example/", "succeeded", 2, 2)]
    assert all(c["passed"] for c in summary["checks"] if c["severity"] == "error")
    _cols, rows = query(tmp_path / "archive.duckdb", "SELECT count(*), count(DISTINCT site) FROM posts")
    assert rows == [(4, 2)]


def test_one_failing_site_fails_only_its_own_row(tmp_path: Path, crawler: FakeCrawler) -> None:
    crawler.behaviours["http://bad.example/"] = lambda *_: "http://bad.example/ does not look like a WordPress site"
    with pytest.raises(NightlyRunFailed, match="site bad.example failed: .*does not look like a WordPress") as info:
        run_flow(tmp_path, ["http://good.example/", "http://bad.example/"])
    rows = {s["site"]: s for s in info.value.summary["sites"]}
    assert rows["http://good.example/"]["status"] == "succeeded" and rows["http://good.example/"]["posts_count"] == 2
    assert rows["http://bad.example/"]["status"] == "failed"
    assert rows["http://bad.example/"]["failed_step"] == "crawl"
    assert "WordPress" in rows["http://bad.example/"]["error"]
    assert crawler.attempts["http://bad.example/"] == 1  # a permanent failure is not retried


def test_transient_crawl_failure_is_retried(tmp_path: Path, crawler: FakeCrawler) -> None:
    crawler.behaviours[SITE] = lambda _u, _d, attempt: "the site is unreachable (TCPTimedOutError)" if attempt == 1 else None
    summary = run_flow(tmp_path, [SITE], crawl_retries=2)
    assert crawler.attempts[SITE] == 2
    assert summary["sites"][0]["status"] == "succeeded" and summary["sites"][0]["posts_count"] == 2


def test_sites_run_in_parallel_but_bounded(tmp_path: Path, crawler: FakeCrawler) -> None:
    crawler.delay = 0.5
    urls = [f"http://site{i}.example/" for i in range(5)]
    summary = run_flow(tmp_path, urls, max_parallel_sites=2)
    assert crawler.max_active == 2
    assert len(summary["sites"]) == 5


def test_same_run_twice_changes_nothing(tmp_path: Path, crawler: FakeCrawler) -> None:
    run_flow(tmp_path, [SITE], run_id="20241001T023000Z-fixed1")
    before = snapshot(tmp_path / "archive.duckdb")
    run_flow(tmp_path, [SITE], run_id="20241001T023000Z-fixed1")
    after = snapshot(tmp_path / "archive.duckdb")
    assert after == before


def test_a_failing_check_fails_the_run_loudly(tmp_path: Path, crawler: FakeCrawler, monkeypatch: pytest.MonkeyPatch,
                                             ) -> None:
    def with_orphan(site_url: str, run_dir: Path, **kwargs: Any) -> CrawlResult:
        result = crawler(site_url, run_dir, **kwargs)
        with open(run_dir / "comments.jsonl", "a", encoding="utf-8") as handle:
            handle.write(json.dumps(comment(99, 7)) + "\n")  # a comment on a post nobody archived
        return result

    monkeypatch.setattr(nightly_module, "crawl_pool", pool_of(with_orphan))
    with pytest.raises(NightlyRunFailed, match="check comments_without_post found 1 failing row") as info:
        run_flow(tmp_path, [SITE])
    assert info.value.summary["sites"][0]["status"] == "succeeded"  # the load itself stands; the run is failed


def test_task_bodies_directly(tmp_path: Path, crawler: FakeCrawler) -> None:
    db = str(tmp_path / "archive.duckdb")
    run_dir = tmp_path / "runs" / "r1" / "blog"
    RunRequest(run_id="r1", site_url=SITE, site_name="blog").write(run_dir)
    with disable_run_logger():
        nightly_module.prepare_warehouse.fn(db)
        assert nightly_module.crawl_site.fn(CrawlJob(SITE, str(run_dir), CrawlOptions(profile="fast"))) == str(run_dir)
        clean_dir = nightly_module.clean_run.fn(str(run_dir))
        loaded = nightly_module.load_run.fn(db, clean_dir)
        assert (loaded["posts"], loaded["comments"], loaded["skipped"]) == (2, 2, False)
        assert nightly_module.load_run.fn(db, clean_dir)["skipped"] is True
        assert nightly_module.build_views.fn(db) > 10
        assert all(c["passed"] for c in nightly_module.run_checks.fn(db, "r1"))
        assert nightly_module.summarise_run.fn(db, "r1")[0]["status"] == "succeeded"
        crawler.behaviours[SITE] = lambda *_: "the site answered HTTP 503 on http://blog.example/"
        with pytest.raises(nightly_module.TransientCrawlError):
            nightly_module.crawl_site.fn(CrawlJob(SITE, str(run_dir), CrawlOptions(profile="fast")))
