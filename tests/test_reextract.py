"""``wparchive reextract``: a run's items rebuilt from its WARC files alone reproduce the original rows.

Replays run with ``http_proxy`` pointing at a closed port, so a request that reached for the network would fail
(and show up as a drop) instead of quietly succeeding.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawler.archive import KNOWN_PAYLOADS_FILE, KnownPayload, iter_members, parse_record, read_run, warc_files
from crawler.replay import reextract_run
from crawler.run import CrawlResult
from crawler.warc import write_known_payloads
from flows.rundir import clean_run_dir
from tests.gzip_proxy import gzip_proxy
from tests.rundir_support import read_jsonl
from tests.warc_support import ITEM_FILES, crawl, proxy_env, rows_without_times
from tests.wordpress.testbed import Site
from warehouse import db as warehouse_db
from warehouse.load import load_run
from wparchive.cli import app

pytestmark = pytest.mark.wordpress
runner = CliRunner(env={"COLUMNS": "250"})
NO_NETWORK = "http://127.0.0.1:9"  # the discard port: nothing listens on 127.0.0.1


@pytest.fixture(scope="module")
def proxy() -> Iterator[str]:
    with gzip_proxy() as server:
        yield server.url  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def runs(wordpress: Callable[[str], Site], proxy: str, tmp_path_factory: pytest.TempPathFactory,
         ) -> dict[str, CrawlResult]:
    """tt1 gzip'd, then again with revisits of the first run's payloads; tt3; tt1 with REST blocked."""
    root = tmp_path_factory.mktemp("runs")
    tt1 = wordpress("tt1")
    tt1.reset()
    done = {"tt1-gzip": crawl(tt1.base_url, root / "tt1-gzip", proxy)}
    first = done["tt1-gzip"].run_dir
    payloads = [KnownPayload(payload_digest=c.payload_digest, url=c.url, fetched_at=c.fetched_at,
                             warc_file=str((first / c.warc_file).resolve()), warc_offset=c.warc_offset,
                             warc_length=c.warc_length, record_id=c.record_id)
                for c in read_run(first).captures if c.payload_length]
    write_known_payloads(root / "tt1-revisits" / KNOWN_PAYLOADS_FILE, payloads)
    done["tt1-revisits"] = crawl(tt1.base_url, root / "tt1-revisits", proxy)
    done["tt3"] = crawl(wordpress("tt3").base_url, root / "tt3")
    done["tt1-rest-blocked"] = crawl(wordpress("tt1-rest-blocked").base_url, root / "tt1-rest-blocked")
    return done


def replay(source: Path, out: Path) -> CrawlResult:
    with proxy_env(NO_NETWORK):
        return reextract_run(source, out)


@pytest.mark.parametrize("name", ["tt1-gzip", "tt1-revisits", "tt3", "tt1-rest-blocked"])
def test_reextract_reproduces_the_run(runs: dict[str, CrawlResult], name: str, tmp_path: Path) -> None:
    original = runs[name]
    result = replay(original.run_dir, tmp_path / "again")
    assert result.error is None, result.error
    for file in ITEM_FILES:
        assert rows_without_times(result.run_dir, file) == rows_without_times(original.run_dir, file), file
    replay_stats = result.stats["replay"]
    assert replay_stats["not_archived"] == 0
    assert replay_stats["served"] == original.stats["responses"]
    if name == "tt1-revisits":
        assert result.stats["scrapy"]["wparchive/replay/revisits_resolved"] > 20
    # The records keep the times their pages were fetched (the capture's; the live spider stamped its parse time,
    # a moment later), and the run its original window.
    fetched = {p["post_url"]: dt.datetime.fromisoformat(p["fetched_at"])
               for p in read_jsonl(original.run_dir / "posts.jsonl")}
    for post in read_jsonl(result.run_dir / "posts.jsonl"):
        lag = fetched[post["post_url"]] - dt.datetime.fromisoformat(post["fetched_at"])
        assert dt.timedelta(0) <= lag <= dt.timedelta(seconds=5), post["post_url"]
    assert (result.stats["started_at"], result.stats["finished_at"]) == (
        original.stats["started_at"], original.stats["finished_at"])
    assert not (result.run_dir / "warc").exists(), "a replay archives nothing"


def test_reextracted_run_loads_like_the_original(runs: dict[str, CrawlResult], tmp_path: Path) -> None:
    original = runs["tt1-gzip"].run_dir
    (original / "run.json").write_text(json.dumps({"run_id": "20240301T020000Z-aaaaaa",
                                                   "site_url": runs["tt1-gzip"].stats["site"],
                                                   "site_name": "tt1", "profile": "fast"}))
    try:
        db = tmp_path / "archive.duckdb"
        warehouse_db.initialise(db)
        load_run(db, clean_run_dir(original)[0])
        _c, before = warehouse_db.query(db, "SELECT post_url, content_hash, last_seen_at FROM posts ORDER BY 1")
        out = tmp_path / "reextracted"
        with proxy_env(NO_NETWORK):
            cli = runner.invoke(app, ["reextract", "--run", str(original), "--out", str(out)])
        assert cli.exit_code == 0, cli.output
        assert "20 posts, 104 comments, 20 comment forms from" in cli.output
        assert json.loads((out / "run.json").read_text())["run_id"].startswith("20240301T020000Z-aaaaaa-reextract-")
        clean_dir, manifest = clean_run_dir(out)
        assert manifest.is_complete and manifest.counts["captures"] == 0
        result = load_run(db, clean_dir)
        assert (result.posts, result.posts_deleted, result.comments_removed) == (20, 0, 0)
        _c, after = warehouse_db.query(db, "SELECT post_url, content_hash, last_seen_at FROM posts ORDER BY 1")
        assert after == before, "the same observation again: same text, same time"
        _c, runs_rows = warehouse_db.query(db, "SELECT count(*) FROM crawl_runs")
        assert runs_rows == [(2,)]
    finally:
        (original / "run.json").unlink()


def test_a_url_missing_from_the_archive_is_a_404_drop(runs: dict[str, CrawlResult], tmp_path: Path) -> None:
    """An archive without one post page: the replay answers 404, records why, and the run marks nothing deleted."""
    original = runs["tt1-gzip"].run_dir
    post = read_jsonl(original / "posts.jsonl")[3]["post_url"]
    damaged = tmp_path / "damaged"
    (damaged / "warc").mkdir(parents=True)
    (damaged / "stats.json").write_text((original / "stats.json").read_text())
    for path in warc_files(original):
        with open(path, "rb") as source, open(damaged / "warc" / path.name, "wb") as target:
            for member in iter_members(path):
                record = parse_record(member.data)
                if record.rec_headers.get_header("WARC-Target-URI") != post:
                    source.seek(member.offset)
                    target.write(source.read(member.length))
    result = replay(damaged, tmp_path / "again")
    drops = read_jsonl(result.run_dir / "drops.jsonl")
    # (the replayed REST listing names the post, so its 404 is an http_404 drop: never evidence that it is gone)
    assert {(d["url"], d["reason"]) for d in drops} >= {(post, "replay_not_archived"), (post, "http_404")}
    assert post not in {p["post_url"] for p in read_jsonl(result.run_dir / "posts.jsonl")}
    assert result.stats["replay"]["not_archived"] == 1
    _clean, manifest = clean_run_dir(result.run_dir)
    assert manifest.is_complete is False, "a replay with holes must never mark posts deleted"


def test_capture_times_survive_a_line_separator_in_a_post(tmp_path: Path) -> None:
    """A post's text with U+2028 (LINE SEPARATOR), which JSON writes raw: str.splitlines() cut its line in two and
    reextract failed the whole run ("Unterminated string"; a black-box tester's server)."""
    from crawler.replay import restore_capture_times

    source, out = tmp_path / "source", tmp_path / "out"
    source.mkdir()
    out.mkdir()
    record = {"post_url": "https://b.example/p/", "body_text": "rad ett\u2028rad två", "fetched_at": None}
    posts = out / "posts.jsonl"
    posts.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    restore_capture_times(source, out, [])
    assert [json.loads(line)["body_text"] for line in posts.read_text(encoding="utf-8").split("\n") if line] == \
        ["rad ett\u2028rad två"]


def test_reextract_without_an_archive_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "run").mkdir()
    cli = runner.invoke(app, ["reextract", "--run", str(tmp_path / "run")])
    assert cli.exit_code == 2 and "no archived run" in cli.stderr


def test_reextract_a_whole_run_by_id(runs: dict[str, CrawlResult], tmp_path: Path) -> None:
    """``--run <id>`` finds ``DATA_DIR/runs/<id>/<site>/``; each site lands in OUT/<site>."""
    run = tmp_path / "data" / "runs" / "20240301T020000Z-bbbbbb"
    run.mkdir(parents=True)
    (run / "tt3").symlink_to(runs["tt3"].run_dir, target_is_directory=True)
    with proxy_env(NO_NETWORK):
        cli = runner.invoke(app, ["reextract", "--run", run.name, "--data-dir", str(tmp_path / "data"),
                                  "--out", str(tmp_path / "out")])
    assert cli.exit_code == 0, cli.output
    assert rows_without_times(tmp_path / "out" / "tt3", "posts.jsonl") == rows_without_times(
        runs["tt3"].run_dir, "posts.jsonl")
