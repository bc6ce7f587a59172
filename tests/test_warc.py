"""The raw archive against the real WordPress test bed: every response byte-exact in WARC files, with its request;
unchanged payloads stored once (revisits); the captures table; ``wparchive show``.

The test bed's nginx gzips text/html only (Debian's default); the crawls here that need every text type compressed
(REST JSON, robots.txt) go through tests/gzip_proxy.py (an HTTP proxy that compresses like nginx's ``gzip on`` with
``gzip_types``): the archived payload must then be the gzip bytes, with ``Content-Encoding: gzip``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawler.archive import KNOWN_PAYLOADS_FILE, read_response, read_run, resolve_path, warc_files
from crawler.run import CrawlResult
from flows.archive import hand_over_known_payloads
from flows.rundir import clean_run_dir
from tests.gzip_proxy import gzip_proxy
from tests.rundir_support import read_jsonl
from tests.warc_support import all_records, crawl, fetch
from tests.wordpress.testbed import Site
from warehouse import db as warehouse_db
from warehouse.load import load_run
from wparchive.cli import app

pytestmark = pytest.mark.wordpress
runner = CliRunner(env={"COLUMNS": "250"})


@pytest.fixture(scope="module")
def site(wordpress: Callable[[str], Site]) -> Site:
    tt1 = wordpress("tt1")
    tt1.reset()
    return tt1


@pytest.fixture(scope="module")
def proxy() -> Iterator[str]:
    with gzip_proxy() as server:
        yield server.url  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One warehouse for the module's runs."""
    db = tmp_path_factory.mktemp("warehouse") / "archive.duckdb"
    warehouse_db.initialise(db)
    return db


def published_posts(site: Site) -> list[str]:
    return [p["url"] for p in site.ids["posts"].values() if p["status"] == "publish" and p.get("type") == "post"]


def load(run_dir: Path, db: Path) -> None:
    clean_dir, _manifest = clean_run_dir(run_dir)
    load_run(db, clean_dir)


@pytest.fixture(scope="module")
def first(site: Site, proxy: str, archive: Path, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    """A gzip crawl of tt1, loaded."""
    result = crawl(site.base_url, tmp_path_factory.mktemp("runs") / "first", proxy)
    load(result.run_dir, archive)
    return result


@pytest.fixture(scope="module")
def second(first: CrawlResult, site: Site, proxy: str, archive: Path,
           tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    """The next night's crawl of the unchanged site, handed the payloads the warehouse already stores."""
    run_dir = tmp_path_factory.mktemp("runs") / "second"
    known = hand_over_known_payloads(archive, site.base_url + "/", run_dir)
    assert known > 20, "the warehouse should know the first run's payloads"
    result = crawl(site.base_url, run_dir, proxy)
    load(result.run_dir, archive)
    return result


def test_every_response_is_archived_with_its_request(first: CrawlResult) -> None:
    run_dir = first.run_dir
    captures = read_jsonl(run_dir / "captures.jsonl")
    assert len(captures) == first.stats["responses"] == first.stats["scrapy"]["wparchive/warc/records"]
    assert any(c["url"].endswith("/robots.txt") for c in captures), "robots.txt is a response like any other"
    assert any("/wp-json/wp/v2/posts" in c["url"] for c in captures) and any(
        "/wp-json/wp/v2/comments" in c["url"] for c in captures)
    records = all_records(run_dir)  # every record readable, every digest right (warcio verifies)
    by_type: dict[str, list] = {}
    for _name, record in records:
        by_type.setdefault(record.rec_type, []).append(record)
    assert len(by_type["warcinfo"]) == len(warc_files(run_dir)) == 1
    assert len(by_type["response"]) == len(by_type["request"]) == len(captures)
    responses = {r.rec_headers.get_header("WARC-Record-ID"): r for r in by_type["response"]}
    for request in by_type["request"]:
        response = responses[request.rec_headers.get_header("WARC-Concurrent-To")]
        assert request.rec_headers.get_header("WARC-Target-URI") == response.rec_headers.get_header("WARC-Target-URI")
        assert request.http_headers.get_header("User-Agent", "").startswith("wparchive/")
    # The index agrees with the files: each capture's offset and length is one whole record.
    assert [(c["url"], c["warc_offset"], c["warc_length"]) for c in captures] == [
        (c.url, c.warc_offset, c.warc_length) for c in read_run(run_dir).captures]


def test_payload_is_byte_identical_to_a_direct_fetch(first: CrawlResult, site: Site, proxy: str) -> None:
    run_dir = first.run_dir
    captures = {c["url"]: c for c in read_jsonl(run_dir / "captures.jsonl")}
    requests = {r.rec_headers.get_header("WARC-Target-URI"): r for _n, r in all_records(run_dir)
                if r.rec_type == "request"}
    post_url = published_posts(site)[0]
    rest = next(u for u in captures if "/wp-json/wp/v2/posts" in u)
    checked = 0
    for url in (site.url("/robots.txt"), site.url("/"), post_url, rest):
        if url not in captures:
            continue
        capture = captures[url]
        stored = read_response(resolve_path(run_dir, capture["warc_file"]), capture["warc_offset"],
                               capture["warc_length"])
        sent = requests[url].http_headers
        headers = {name: sent.get_header(name) for name in ("Accept-Encoding", "Accept", "User-Agent")
                   if sent.get_header(name)}
        status, direct_headers, direct_body = fetch(url, headers, proxy)
        assert stored.status == status, url
        assert stored.body == direct_body, f"{url}: the archived payload differs from what the server sends"
        assert stored.header("Content-Encoding") == direct_headers.get("content-encoding"), url
        assert stored.header("Content-Type") == direct_headers.get("content-type"), url
        if url != site.url("/robots.txt") or direct_headers.get("content-encoding"):
            assert stored.header("Content-Encoding") == "gzip", f"{url}: the crawl should have been sent gzip"
            assert stored.body[:2] == b"\x1f\x8b", f"{url}: stored decoded, not as received"
            assert stored.decoded_body() == gzip.decompress(direct_body)
        checked += 1
    assert checked == 4
    assert "gzip" in requests[post_url].http_headers.get_header("Accept-Encoding")


def test_redirects_errors_and_robots_are_archived(wordpress: Callable[[str], Site],
                                                  tmp_path: Path) -> None:
    """REST blocked: 403s, WordPress's sitemap.xml redirect and 404s all reach the archive, including the 3xx
    that RedirectMiddleware consumes before the spider (or requests.jsonl) ever sees it."""
    site = wordpress("tt1-rest-blocked")
    result = crawl(site.base_url, tmp_path / "run")
    captures = read_jsonl(result.run_dir / "captures.jsonl")
    statuses = {c["status"] for c in captures}
    assert {200, 403, 404} <= statuses and statuses & {301, 302}, statuses
    assert len(captures) == result.stats["responses"]
    assert len(captures) > len(read_jsonl(result.run_dir / "requests.jsonl")), "the redirect itself is archived"
    redirect = next(c for c in captures if c["status"] in (301, 302))
    stored = read_response(resolve_path(result.run_dir, redirect["warc_file"]), redirect["warc_offset"],
                           redirect["warc_length"])
    assert stored.header("Location"), "a redirect keeps its Location"
    missing = next(c for c in captures if c["status"] == 404)
    stored = read_response(resolve_path(result.run_dir, missing["warc_file"]), missing["warc_offset"],
                           missing["warc_length"])
    sent = next(r.http_headers for _n, r in all_records(result.run_dir)
                if r.rec_type == "request" and r.rec_headers.get_header("WARC-Target-URI") == missing["url"])
    # Asked as the crawl asked (nginx gzips text/html for a client that accepts it), the server sends these bytes.
    status, headers, body = fetch(missing["url"], {"Accept-Encoding": sent.get_header("Accept-Encoding")})
    assert (stored.status, stored.body) == (status, body)
    assert stored.header("Content-Encoding") == headers.get("content-encoding") == "gzip"
    assert all_records(result.run_dir)


def test_second_crawl_stores_revisits_for_unchanged_pages(first: CrawlResult, second: CrawlResult,
                                                          site: Site) -> None:
    before = {c["url"]: c for c in read_jsonl(first.run_dir / "captures.jsonl")}
    after = read_jsonl(second.run_dir / "captures.jsonl")
    posts = set(published_posts(site))
    post_captures = [c for c in after if c["url"] in posts]
    assert post_captures and all(c["is_revisit"] for c in post_captures), "an unchanged post page is stored again"
    for capture in post_captures:
        original = before[capture["url"]]
        assert capture["refers_to_url"] == original["url"]
        assert capture["refers_to_record_id"] == original["record_id"]
        assert capture["payload_digest"] == original["payload_digest"]
        revisit = read_response(resolve_path(second.run_dir, capture["warc_file"]), capture["warc_offset"],
                                capture["warc_length"])
        stored = read_response(resolve_path(first.run_dir, original["warc_file"]), original["warc_offset"],
                               original["warc_length"])
        assert revisit.is_revisit and revisit.body == stored.body and revisit.status == 200
        assert revisit.fetched_at > stored.fetched_at
    records = all_records(second.run_dir)
    profiles = {r.rec_headers.get_header("WARC-Profile") for _n, r in records if r.rec_type == "revisit"}
    assert profiles == {"http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"}
    first_bytes = sum(p.stat().st_size for p in warc_files(first.run_dir))
    second_bytes = sum(p.stat().st_size for p in warc_files(second.run_dir))
    assert second_bytes < first_bytes / 4, (first_bytes, second_bytes)
    assert (second.run_dir / KNOWN_PAYLOADS_FILE).exists()


def test_captures_table_indexes_both_runs(first: CrawlResult, second: CrawlResult, archive: Path) -> None:
    columns, rows = warehouse_db.query(archive, """
        SELECT run_id, count(*), count(*) FILTER (WHERE is_revisit), count(DISTINCT url),
               count(*) FILTER (WHERE is_revisit AND refers_to_warc_file IS NULL)
        FROM captures GROUP BY run_id ORDER BY min(fetched_at)""")
    assert [r[1] for r in rows] == [first.stats["responses"], second.stats["responses"]]
    assert rows[0][2] == 0 and rows[1][2] > 20 and rows[1][4] == 0
    _c, files = warehouse_db.query(archive, "SELECT DISTINCT warc_file FROM captures "
                                            "UNION SELECT DISTINCT refers_to_warc_file FROM captures "
                                            "WHERE refers_to_warc_file IS NOT NULL")
    assert files and all(Path(f).is_absolute() and Path(f).exists() for (f,) in files)
    # Loading a run again changes nothing (idempotent by run id), and cleaning rebuilds the same index.
    load(second.run_dir, archive)
    _c, again = warehouse_db.query(archive, "SELECT run_id, count(*) FROM captures GROUP BY run_id ORDER BY 1")
    assert sorted((r[0], r[1]) for r in rows) == again


def test_show_prints_the_page_as_archived(first: CrawlResult, second: CrawlResult, site: Site,
                                          archive: Path) -> None:
    url = published_posts(site)[0]
    _status, _headers, direct = fetch(url, {"Accept-Encoding": "identity"})
    now = runner.invoke(app, ["show", url, "--as-of", "now", "--db", str(archive)])
    assert now.exit_code == 0, now.output
    assert now.stdout_bytes == direct, "show prints the decoded page exactly as served"
    assert "unchanged since an earlier capture" in now.stderr  # the latest capture is the second run's revisit
    first_post = next(c for c in read_jsonl(first.run_dir / "captures.jsonl") if c["url"] == url)
    moment = dt.datetime.fromisoformat(first_post["fetched_at"]) + dt.timedelta(microseconds=1)
    then = runner.invoke(app, ["show", url, "--as-of", moment.isoformat(), "--db", str(archive)])
    assert then.exit_code == 0 and then.stdout_bytes == direct and "unchanged since" not in then.stderr
    text = runner.invoke(app, ["show", url, "--as-of", "now", "--db", str(archive), "--text"])
    title = next(p["title"] for p in read_jsonl(first.run_dir / "posts.jsonl") if p["post_url"] == url)
    assert text.exit_code == 0 and text.stdout.startswith(title) and "<" not in text.stdout.split("\n")[0]
    early = runner.invoke(app, ["show", url, "--as-of", "2001-01-01", "--db", str(archive)])
    assert early.exit_code == 2
    assert "nothing archived for" in early.stderr and "first archived" in early.stderr
    never = runner.invoke(app, ["show", site.url("/no-such-page/"), "--as-of", "now", "--db", str(archive)])
    assert never.exit_code == 2 and "never archived" in never.stderr
    bad = runner.invoke(app, ["show", url, "--as-of", "last March", "--db", str(archive)])
    assert bad.exit_code == 2 and "is not a date" in bad.stderr


def test_archive_can_be_switched_off(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WPARCHIVE_WARC", "0")
    result = crawl(site.base_url, tmp_path / "run")
    assert not (result.run_dir / "warc").exists() and not (result.run_dir / "captures.jsonl").exists()
    assert json.loads((result.run_dir / "stats.json").read_text())["items"]["posts.jsonl"] == 20
