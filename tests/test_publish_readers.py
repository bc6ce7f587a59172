"""Done when (issue 6): reader processes query the published file in a loop while nightly runs load and publish:
zero lock errors, and every answer is one complete run's — the previous or the new one, never a mix.

The runs are the real Prefect flow (flows/nightly.py) with a stand-in crawler: run k archives posts 1..k+1, so
each published snapshot has a marker (latest run id, runs, posts, that run's recorded checks) that only a whole
run produces. One reader reconnects for every query (an analyst re-running a script); another keeps one
connection open throughout (an analyst's all-day session) and must keep seeing the run it opened.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flows import prefect_env  # noqa: F401  (before prefect)

from prefect.testing.utilities import prefect_test_harness

import flows.nightly as nightly_module
from crawler.run import CrawlResult
from flows.nightly import NightlyRunFailed, nightly
from tests.pool_support import pool_of
from tests.test_warehouse_load import comment, form, post, stats, write_crawler_files
from warehouse.db import CHECKS, query
from warehouse.publish import working_path

REPO = Path(__file__).resolve().parents[1]
RUNS = 5
SITE = "https://blog.example/"

_READER = textwrap.dedent("""
    import json, sys, time, duckdb
    db, out, stop, mode = sys.argv[1:5]
    MARKER = '''
        SELECT (SELECT max(run_id) FROM crawl_runs), (SELECT count(*) FROM crawl_runs), (SELECT count(*) FROM posts),
               (SELECT count(*) FROM check_results WHERE run_id = (SELECT max(run_id) FROM crawl_runs)),
               (SELECT count(*) FROM most_discussed_posts)
    '''
    deadline = time.monotonic() + 300
    session = duckdb.connect(db, read_only=True) if mode == "session" else None
    with open(out, "w") as log:
        while time.monotonic() < deadline:
            try:
                con = session or duckdb.connect(db, read_only=True)
                row = con.execute(MARKER).fetchall()[0]
                if session is None:
                    con.close()
                log.write(json.dumps({"answer": list(row)}) + "\\n")
            except Exception as exc:  # every failure is the finding: record it, go on
                log.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}) + "\\n")
            log.flush()
            try:
                open(stop).close()
                break
            except FileNotFoundError:
                pass
""")


@pytest.fixture(scope="module", autouse=True)
def prefect_harness() -> Iterator[None]:
    with prefect_test_harness(server_startup_timeout=120):
        yield


def _run_id(k: int) -> str:
    return f"2024100{k}T023000Z-reader"


def _crawler_for(k: int, *, orphan: bool = False) -> Any:
    day = f"2024-10-0{k}"

    def crawl(site_url: str, run_dir: Path, **_kwargs: Any) -> CrawlResult:
        seen = {"fetched_at": f"{day}T02:31:00+00:00"}
        comments = [comment(10, 1, **seen), comment(11, 1, parent=10, **seen)]
        if orphan:
            comments.append(comment(99, 77, **seen))  # a comment on a post nobody archived: an error check fails
        run_dir.mkdir(parents=True, exist_ok=True)
        write_crawler_files(run_dir, posts=[post(n, **seen) for n in range(1, k + 2)], comments=comments,
                            forms=[form(n, **seen) for n in range(1, k + 2)], drops=[],
                            stats_json=stats(started_at=f"{day}T02:30:00+00:00", finished_at=f"{day}T02:35:00+00:00"),
                            site=site_url)
        return CrawlResult(run_dir, {}, None)

    return crawl


def _nightly(tmp_path: Path, k: int, monkeypatch: pytest.MonkeyPatch, **kwargs: Any) -> dict[str, Any]:
    monkeypatch.setattr(nightly_module, "crawl_pool", pool_of(_crawler_for(k, **kwargs)))
    config = tmp_path / "sites.toml"
    config.write_text('[defaults]\nlanguage = "sv"\n')
    return nightly(run_id=_run_id(k), site_urls=[SITE], db_path=str(tmp_path / "archive.duckdb"),
                   data_dir=str(tmp_path / "data"), config_path=str(config), crawl_retry_delay_seconds=0)


def _start_reader(db: Path, out: Path, stop: Path, mode: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", _READER, str(db), str(out), str(stop), mode], cwd=REPO)


def _answers(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_readers_see_whole_runs_while_nightly_runs_publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "archive.duckdb"
    first = _nightly(tmp_path, 1, monkeypatch)
    assert first["published"]["path"] == str(db) and Path(first["report"]["path"]).exists()
    expected = {k: [_run_id(k), k, k + 1, len(CHECKS), k + 1] for k in range(1, RUNS + 1)}

    stop = tmp_path / "stop-readers"
    fresh_log, session_log = tmp_path / "fresh.jsonl", tmp_path / "session.jsonl"
    readers = [_start_reader(db, fresh_log, stop, "fresh"), _start_reader(db, session_log, stop, "session")]
    try:
        time.sleep(1.0)  # both readers are in their loops before the next run starts
        publish_seconds = []
        for k in range(2, RUNS + 1):
            summary = _nightly(tmp_path, k, monkeypatch)
            publish_seconds.append(summary["published"]["seconds"])
        # A run whose checks fail: loaded into the working copy, never published.
        with pytest.raises(NightlyRunFailed, match="comments_without_post"):
            _nightly(tmp_path, RUNS + 1, monkeypatch, orphan=True)
        time.sleep(1.0)
    finally:
        stop.touch()
        for reader in readers:
            reader.wait(timeout=60)

    fresh, session = _answers(fresh_log), _answers(session_log)
    errors = [a["error"] for a in fresh + session if "error" in a]
    assert errors == []  # zero lock errors (and no error of any other kind)
    valid = list(expected.values())
    assert all(a["answer"] in valid for a in fresh), [a for a in fresh if a["answer"] not in valid][:3]
    seen_runs = {a["answer"][0] for a in fresh}
    assert len(seen_runs) >= 3, seen_runs  # the reader really ran while runs were published
    assert fresh[-1]["answer"] == expected[RUNS]  # the failed run never reached readers
    # The all-day session keeps the snapshot it opened: always the same whole run.
    assert session and all(a["answer"] == session[0]["answer"] for a in session)
    assert session[0]["answer"] in valid
    # The failed run is in the working copy only.
    assert query(db, "SELECT max(run_id) FROM crawl_runs")[1] == [(_run_id(RUNS),)]
    assert query(working_path(db), "SELECT max(run_id) FROM crawl_runs")[1] == [(_run_id(RUNS + 1),)]
    print(f"\nreaders: {len(fresh)} fresh and {len(session)} session queries over {RUNS - 1} publications; "
          f"publish took {min(publish_seconds):.3f}–{max(publish_seconds):.3f} s")


def test_the_flow_writes_the_report_where_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nightly_module, "crawl_pool", pool_of(_crawler_for(1)))
    config = tmp_path / "sites.toml"
    config.write_text("")
    report = tmp_path / "out" / "nightly.html"
    summary = nightly(run_id=_run_id(1), site_urls=[SITE], db_path=str(tmp_path / "a.duckdb"),
                      data_dir=str(tmp_path / "data"), config_path=str(config), report_path=str(report))
    assert summary["report"]["path"] == str(report) and report.stat().st_size == summary["report"]["bytes"]
    assert "Inlägg 2" in report.read_text(encoding="utf-8")
