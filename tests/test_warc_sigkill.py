"""A crawl killed with SIGKILL halfway leaves only whole WARC records; a re-run in the same run directory (as the
flow's retry does) repairs a torn tail, starts a new file, and converges to the same items and a consistent index.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from crawler.archive import MemberScan, iter_members, parse_record, read_run, warc_files
from crawler.run import CrawlResult
from flows.rundir import clean_run_dir
from tests.gzip_proxy import gzip_proxy
from tests.rundir_support import read_jsonl
from tests.warc_support import ITEM_FILES, PartialRecord, all_records, crawl, proxy_env, rows_without_times
from tests.wordpress.testbed import Site
from warehouse import db as warehouse_db
from warehouse.load import load_run

pytestmark = pytest.mark.wordpress
REPO = Path(__file__).resolve().parents[1]
# What the nightly flow's crawl task deletes before a retry (flows/nightly.py: _CRAWLER_OUTPUTS).
CRAWLER_OUTPUTS = (*ITEM_FILES, "requests.jsonl", "stats.json")


def kill_halfway(base_url: str, run_dir: Path, proxy_url: str, after_records: int) -> int:
    """Start a crawl and SIGKILL it once it has archived ``after_records`` responses; returns how many it had."""
    captures = run_dir / "captures.jsonl"
    with proxy_env(proxy_url):
        env = dict(os.environ, PYTHONPATH=str(REPO))
        process = subprocess.Popen([sys.executable, "-m", "crawler.run", base_url + "/", str(run_dir),
                                    "--profile", "fast"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if captures.exists() and captures.read_bytes().count(b"\n") >= after_records:
                break
            if process.poll() is not None:
                pytest.fail("the crawl finished before it could be killed: slow the proxy down")
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(10)
    assert process.returncode == -signal.SIGKILL
    return captures.read_bytes().count(b"\n")


def test_sigkill_leaves_whole_records_and_a_rerun_converges(wordpress: Callable[[str], Site],
                                                           tmp_path: Path) -> None:
    site = wordpress("tt1")
    site.reset()
    with gzip_proxy(delay=0.15) as proxy:
        reference: CrawlResult = crawl(site.base_url, tmp_path / "reference", proxy.url)  # type: ignore[attr-defined]
        run_dir = tmp_path / "killed"
        # After 11 responses the crawl is into the post pages (robots.txt, home, REST posts and comments, then the
        # category, tag and user names come first), so the record torn below is a page, not a 100-byte JSON list.
        indexed = kill_halfway(site.base_url, run_dir, proxy.url, after_records=11)  # type: ignore[attr-defined]
        assert not (run_dir / "stats.json").exists(), "killed before it finished"

        # 1. Every complete record is readable by warcio, digests verified; the index lists them all.
        (first_file,) = warc_files(run_dir)
        records = all_records(run_dir)
        responses = [r for _n, r in records if r.rec_type == "response"]
        assert len(responses) >= indexed >= 11
        assert len(responses) < reference.stats["responses"], "killed halfway, not at the end"
        assert [c["warc_offset"] for c in read_jsonl(run_dir / "captures.jsonl")] == [
            c.warc_offset for c in read_run(run_dir).captures][:indexed]

        # 2. A power cut could still tear the last record: simulate one (half a response record at the end).
        whole = first_file.stat().st_size
        last = [m for m in iter_members(first_file) if parse_record(m.data).rec_type == "response"][-1]
        with open(first_file, "rb") as handle:
            handle.seek(last.offset)
            half = handle.read(last.length // 2)
        with open(first_file, "ab") as handle:
            handle.write(half)
        with pytest.raises(PartialRecord):
            all_records(run_dir)  # warcio yields the torn tail as a short record …
        scan = MemberScan(size=0)
        assert len(list(iter_members(first_file, scan))) == len(records) and scan.torn_bytes == len(half)
        # … and the cleaning step indexes the whole records only.
        assert len(read_run(run_dir).captures) == len(responses)

        # 3. The flow's retry: crawler outputs deleted, the archive kept, the same run directory.
        for name in CRAWLER_OUTPUTS:
            (run_dir / name).unlink(missing_ok=True)
        rerun = crawl(site.base_url, run_dir, proxy.url)  # type: ignore[attr-defined]

    assert first_file.stat().st_size == whole, "the torn tail was cut off, nothing else"
    assert rerun.stats["scrapy"].get("wparchive/warc/repaired_bytes") == len(half)
    files = warc_files(run_dir)
    assert [f.name[-14:] for f in files] == ["-00001.warc.gz", "-00002.warc.gz"], "a new file per process"
    records = all_records(run_dir)  # every file reads end to end now
    for file in ITEM_FILES:
        assert rows_without_times(run_dir, file) == rows_without_times(reference.run_dir, file), file
    index = read_run(run_dir).captures
    assert len(index) == len(responses) + rerun.stats["responses"]
    assert [(c.warc_file, c.warc_offset) for c in index] == [
        (c["warc_file"], c["warc_offset"]) for c in read_jsonl(run_dir / "captures.jsonl")]
    # What the killed attempt already stored is not stored again: its pages are revisits in the second file.
    second = [c for c in index if c.warc_file.endswith("-00002.warc.gz")]
    stored_before = {c.payload_digest for c in index if c.warc_file.endswith("-00001.warc.gz")}
    assert all(c.is_revisit for c in second if c.payload_digest in stored_before and c.payload_length)
    assert any(c.is_revisit for c in second)

    # 4. Loaded, the run is the reference's twin: no duplicate rows, every capture indexed once.
    db = tmp_path / "archive.duckdb"
    warehouse_db.initialise(db)
    load_run(db, clean_run_dir(run_dir)[0])
    load_run(db, clean_run_dir(run_dir)[0])
    _c, rows = warehouse_db.query(db, "SELECT count(*), count(DISTINCT (warc_file, warc_offset)) FROM captures")
    assert rows == [(len(index), len(index))]
    _c, posts = warehouse_db.query(db, "SELECT count(*), count(DISTINCT post_url) FROM posts")
    assert posts == [(20, 20)]
