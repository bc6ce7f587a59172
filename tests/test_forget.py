"""`wparchive forget` on the real WordPress test bed: a commenter with replies, quoted in a post whose sentence a
theme matches, erased from the tables, the WARC payloads (decompressed), the run directories, the report and the
exports; kept out of a re-extraction of the old run and of the next crawl while the comment is still on the blog.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from duckdb import ColumnExpression, ConstantExpression, FunctionExpression
from typer.testing import CliRunner

from crawler.archive import decode_content, iter_members, parse_record
from crawler.erasure import ERASED_TEXT, ERASURE_LIST_FILE
from tests.testbed_archive import _crawl_and_load
from tests.wordpress.content import load_content, post_by_key
from tests.wordpress.testbed import Site
from warehouse.db import connect, read_named_query
from warehouse.report_data import read_report_data
from wparchive.cli import app
from wparchive.forget import forget

pytestmark = pytest.mark.wordpress

NAME = "Birgitta Holm"
RUNS = ("20250301T023000Z-forget1", "20250302T023000Z-forget2")
QUOTE = "Vi i hyresgästföreningen i Fittja ser fram emot ett bra samarbete."  # her words, quoted in a post
runner = CliRunner(env={"COLUMNS": "250"})


def _spellings(text: str) -> list[bytes]:
    return sorted({text.encode(), html.escape(text).encode(), html.escape(text, quote=False).encode(),
                   json.dumps(text)[1:-1].encode()})


def _payloads(path: Path) -> Iterator[bytes]:
    """Every WARC record of ``path``, decompressed, and each response payload with its Content-Encoding undone."""
    for member in iter_members(path):
        yield member.data
        record = parse_record(member.data)
        if record.rec_type == "response" and record.http_headers:
            body = record.raw_stream.read()
            try:
                yield decode_content(body, record.http_headers.get_header("Content-Encoding"))
            except (OSError, zlib.error):
                yield body


def find_bytes(root: Path, needles: list[str]) -> dict[str, list[str]]:
    """needle → files under ``root`` that hold it (WARC files searched record by record, decompressed)."""
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        blobs = list(_payloads(path)) if path.name.endswith(".warc.gz") else [path.read_bytes()]
        if path.suffix == ".gz" and not path.name.endswith(".warc.gz"):
            blobs.append(gzip.decompress(path.read_bytes()))
        for needle in needles:
            if any(s in blob for blob in blobs for s in _spellings(needle)):
                found.setdefault(needle, []).append(str(path.relative_to(root)))
    return found


def _sql(db: Path, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    with connect(db, read_only=True) as con:
        return con.execute(query, params).fetchall()


@pytest.fixture(scope="module")
def archive(wordpress: Callable[[str], Site], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    site = wordpress("tt1")
    root = tmp_path_factory.mktemp("forget")
    content = load_content()
    welcome = post_by_key(content, "valkommen")
    site.reset()
    try:
        # The CEO quotes her in a post: her words become post sentences and theme evidence (tenants).
        site.mutate("edit_post", post="valkommen", content=welcome["content"] + (
            f"\n<!-- wp:paragraph -->\n<p>{NAME} skrev till mig: ”Välkommen till Botkyrka, Maria! {QUOTE}”</p>"
            "\n<!-- /wp:paragraph -->"))
        db = root / "archive.duckdb"
        _crawl_and_load(site, root, RUNS[0], db)
        assert runner.invoke(app, ["report", "--db", str(db)]).exit_code == 0
        assert runner.invoke(app, ["export", "--db", str(db), "--out", str(root / "export")]).exit_code == 0
        yield {"site": site, "root": root, "db": db}
    finally:
        site.reset()


def test_forget_erases_everywhere_and_keeps_them_out(archive: dict[str, Any]) -> None:
    site, root, db = archive["site"], archive["root"], archive["db"]
    theirs = _sql(db, "SELECT wp_comment_id, body_text FROM comments WHERE author_name = ? ORDER BY 1", [NAME])
    ids = [row[0] for row in theirs]
    texts = [row[1] for row in theirs]
    replies = _sql(db, "SELECT wp_comment_id, parent_wp_comment_id FROM comments "
                       "WHERE list_contains(?, parent_wp_comment_id) ORDER BY 1", [ids])
    assert len(ids) == 6 and replies, "the test bed's commenter has six comments and replies to them"
    assert _sql(db, "SELECT count(*) FROM sentence_themes WHERE contains(sentence, ?) AND theme = 'tenants'",
                [QUOTE])[0][0] >= 1, "a theme matched her words"
    needles = [NAME, QUOTE, *texts]
    before = find_bytes(root, needles)
    assert any(p.endswith(".warc.gz") for p in before[NAME]) and "archive-report.html" in before[NAME]

    # The dry run lists every place, changes nothing.
    dry = runner.invoke(app, ["forget", "--name", NAME, "--dry-run", "--db", str(db), "--data-dir", str(root)])
    assert dry.exit_code == 0, dry.output
    assert "comments: made placeholders" in dry.output and ".warc.gz: records redacted" in dry.output
    assert find_bytes(root, needles) == before
    listed = forget(db, root, "name", NAME, dry_run=True).listing()
    places = {where: count for _kind, where, count in listed}
    assert places["comments: made placeholders (personal fields emptied)"] == 6
    assert places["sentence_themes: theme evidence"] >= 1 and places["post_sentences: sentences"] >= 1
    assert places["post_versions: title or text (history)"] >= 1

    done = forget(db, root, "name", NAME, dry_run=False)
    assert done.listing() == listed, "the dry run listed exactly what the real run changed"
    assert forget(db, root, "name", NAME, dry_run=True).listing() == [], "nothing of them is left to erase"

    # Zero bytes: tables, the DuckDB files, WARC payloads decompressed, run directories, report, exports.
    assert find_bytes(root, needles) == {}
    assert NAME.encode() not in (root / ERASURE_LIST_FILE).read_bytes()
    erased = _sql(db, "SELECT wp_comment_id, author_name, body_text, is_erased, removed_at FROM stg_comments "
                      "WHERE list_contains(?, wp_comment_id) ORDER BY 1", [ids])
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in erased] == [(i, None, None, True, None) for i in ids]
    assert _sql(db, "SELECT wp_comment_id, parent_wp_comment_id FROM comments "
                    "WHERE list_contains(?, parent_wp_comment_id) ORDER BY 1", [ids]) == replies
    proof = _sql(db, "SELECT key_kind, comments_count, rows_count > 6, warc_records_count > 0, command, "
                     "CAST(erasures AS VARCHAR) FROM erasures")
    assert [p[:5] for p in proof] == [("name", 6, True, True, "wparchive forget --name")]
    assert NAME not in proof[0][5]

    # Theme matches follow the redacted sentences: the stored rule matches still equal what the rules say (the
    # model's matches, method = 'model', are beside them and have no view to compare with).
    assert _sql(db, "SELECT count(*) FROM (SELECT post_url, sentence_no, theme FROM sentence_themes "
                    "WHERE method = 'rule' EXCEPT ALL SELECT post_url, sentence_no, theme FROM int_sentence_themes)"
                )[0][0] == 0
    assert _sql(db, "SELECT count(*) FROM (SELECT post_url, sentence_no, theme FROM int_sentence_themes "
                    "EXCEPT ALL SELECT post_url, sentence_no, theme FROM sentence_themes WHERE method = 'rule')"
                )[0][0] == 0

    # The thread view: her comment's place under a placeholder, the reply right under it.
    thread = read_report_data(db)["discussions"]
    shown = [(row["wp_comment_id"], row["is_erased"], row["author_name"], row["body_text"]) for row in thread]
    for reply_id, parent_id in replies:
        position = next(i for i, row in enumerate(shown) if row[0] == parent_id)
        assert shown[position][1:] == (True, None, None)  # the report words the placeholder (report/words.py)
        assert reply_id in [row[0] for row in shown[position + 1:]]

    # `show` returns the archived pages without them; where a page showed her comment, a placeholder stands.
    shown_pages = []
    for (url,) in _sql(db, "SELECT DISTINCT post_url FROM comments WHERE list_contains(?, wp_comment_id)", [ids]):
        page = runner.invoke(app, ["show", url, "--as-of", "now", "--db", str(db)])
        assert page.exit_code == 0, page.output
        assert NAME not in page.output and QUOTE not in page.output, url
        shown_pages.append(page.output)
    assert sum(ERASED_TEXT in output for output in shown_pages) >= 2  # valkommen, analysdagar (one comment page)

    # Re-extracting the old run from its (rewritten) WARC files does not bring them back.
    out = root / "runs" / f"{RUNS[0]}-reextract" / "tt1"
    result = runner.invoke(app, ["reextract", "--run", str(root / "runs" / RUNS[0] / "tt1"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not [line for line in (out / "comments.jsonl").read_text().splitlines()
                if json.loads(line)["wp_comment_id"] in ids]
    assert runner.invoke(app, ["load", str(out), "--db", str(db)]).exit_code == 0

    # The next crawl, her comments still on the blog: suppressed before anything is written, and counted.
    _crawl_and_load(site, root, RUNS[1], db)
    run_dir = root / "runs" / RUNS[1] / "tt1"
    assert not [line for line in (run_dir / "comments.jsonl").read_text().splitlines()
                if json.loads(line)["wp_comment_id"] in ids]
    stats = json.loads((run_dir / "stats.json").read_text())
    assert stats["drops"].get("erased_on_request") == 6
    columns, rows = read_named_query(db, "run_summary", {"run_id": RUNS[1]})
    assert [dict(zip(columns, row))["erased_suppressed_count"] for row in rows] == [6]
    assert stats["scrapy"].get("wparchive/erasure/redacted_records", 0) >= 1
    assert find_bytes(root, needles) == {}
    assert _sql(db, "SELECT count(*) FROM stg_comments WHERE list_contains(?, wp_comment_id) "
                    "AND is_erased AND removed_at IS NULL AND author_name IS NULL", [ids])[0][0] == 6


@pytest.mark.parametrize("url", [
    "https://secure.gravatar.com/avatar/0123456789abcdef0123456789abcdef?s=56&d=mm&r=g",
    "https://i0.wp.com/avatar/0123456789abcdef0123456789abcdef",
    "https://blog.example/wp-content/uploads/avatars/7/0123456789abcdef0123456789abcdef-bpfull.jpg",
])
def test_an_avatar_url_is_never_kept_as_the_author_url(url: str) -> None:
    from flows.cleaning import clean_comment

    row = clean_comment({"post_url": "https://blog.example/p/", "wp_comment_id": 5, "author_name": "A",
                         "author_url": url, "body_text": "Hej", "fetched_at": "2025-01-01T00:00:00+00:00"},
                        site="https://blog.example/")
    assert row["author_url"] is None
    kept = clean_comment({"post_url": "https://blog.example/p/", "wp_comment_id": 6, "author_name": "B",
                          "author_url": "https://avatar-fan.example/blog/", "body_text": "Hej",
                          "fetched_at": "2025-01-01T00:00:00+00:00"},
                         site="https://blog.example/")
    assert kept["author_url"] == "https://avatar-fan.example/blog/"


def test_no_table_stores_an_avatar_url(archive: dict[str, Any]) -> None:
    """The test bed's pages and REST answers show Gravatar images for every comment; no table keeps one."""
    db, root = archive["db"], archive["root"]
    assert any("gravatar.com/avatar" in blob.decode("utf-8", "replace")
               for path in root.rglob("*.warc.gz") for blob in _payloads(path)), "the crawl saw avatars"
    with connect(db, read_only=True) as con:
        columns = con.execute("SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal "
                              "AND data_type = 'VARCHAR' AND table_name IN (SELECT table_name FROM duckdb_tables())"
                              ).fetchall()
        hits = []
        for table, column in columns:
            relation = con.table(table).filter(
                FunctionExpression("regexp_matches", ColumnExpression(column),
                                   ConstantExpression(r"(?i)gravatar\.com|/avatar/[0-9a-f]{32}")))
            hits += [(table, column)] if relation.aggregate("count(*)").fetchall()[0][0] else []
    assert len(columns) > 40 and hits == []


def test_a_revisit_of_a_redacted_page_follows_it(tmp_path: Path) -> None:
    """Run 2 stored the page as a revisit of run 1's record: after the rewrite, run 1's record holds the redacted
    payload (still gzip, as received) and run 2's revisit points at its new place and digest."""
    from crawler.archive import KnownPayload, read_response, read_run
    from crawler.erasure import ErasureList, Moved, Needles, rewrite_warc_file
    from crawler.warc import RunArchive, write_known_payloads

    page = ("<!DOCTYPE html><html><body class='single'><article><h1>Post</h1><p>Text.</p></article>"
            "<ol class='comment-list'><li id='comment-7' class='comment'><article id='div-comment-7'>"
            "<footer><div class='comment-author vcard'><b class='fn'>Ada Lovelace</b></div></footer>"
            "<div class='comment-content'><p>Ett hemligt men tillräckligt långt påstående här.</p></div></article>"
            "<ol class='children'><li id='comment-8' class='comment'><article id='div-comment-8'>"
            "<footer><div class='comment-author vcard'><b class='fn'>Bo</b></div></footer>"
            "<div class='comment-content'><p>Svar.</p></div></article></li></ol></li></ol></body></html>")
    body = gzip.compress(page.encode("utf-8"))
    headers = [(b"Content-Type", b"text/html; charset=UTF-8"), (b"Content-Encoding", b"gzip"),
               (b"Content-Length", str(len(body)).encode())]
    exchange = {"url": "http://blog.example/p/", "method": "GET", "request_headers": [], "request_body": b"",
                "status": 200, "protocol": "HTTP/1.1", "response_headers": headers, "body": body}
    first_dir, second_dir = tmp_path / "runs" / "r1" / "s", tmp_path / "runs" / "r2" / "s"
    first = RunArchive(first_dir)
    original = first.write_exchange(**exchange, fetched_at=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    first.close()
    write_known_payloads(second_dir / "known_payloads.jsonl", [KnownPayload(
        payload_digest=original.payload_digest, url=original.url, fetched_at=original.fetched_at,
        warc_file=str(first_dir / original.warc_file), warc_offset=original.warc_offset,
        warc_length=original.warc_length, record_id=original.record_id)])
    second = RunArchive(second_dir)
    revisit = second.write_exchange(**exchange, fetched_at=dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc))
    second.close()
    assert revisit.is_revisit

    moved: dict[tuple[str, int], Moved] = {}
    needles = Needles(comment_ids={7}, names={"Ada Lovelace"},
                      texts=["Ett hemligt men tillräckligt långt påstående här."])
    results = [rewrite_warc_file(path, site=None, erasures=ErasureList(), needles=needles, moved=moved,
                                 erasure_id="erasure-test", write=True)
               for path in (first_dir / original.warc_file, second_dir / revisit.warc_file)]
    assert [(r.redacted_records, r.repointed_revisits) for r in results] == [(1, 0), (0, 1)]
    (stored,) = read_run(second_dir).captures
    replayed = read_response(second_dir / stored.warc_file, stored.warc_offset, stored.warc_length)
    assert replayed.header("Content-Encoding") == "gzip" and replayed.body[:2] == b"\x1f\x8b"
    text = replayed.decoded_body().decode("utf-8")
    assert "Ada Lovelace" not in text and "hemligt" not in text and ERASED_TEXT in text
    assert 'id="comment-8"' in text and "Svar." in text, "the reply stays, inside the erased comment's place"


def test_forget_needs_exactly_one_key(tmp_path: Path) -> None:
    for args in ([], ["--name", "A", "--comment-id", "3"]):
        result = runner.invoke(app, ["forget", *args, "--db", str(tmp_path / "a.duckdb"), "--data-dir", str(tmp_path)])
        assert result.exit_code == 2 and "exactly one of --name, --comment-id, --url" in result.output
    assert not (tmp_path / ERASURE_LIST_FILE).exists()


def test_an_erased_comment_with_a_line_separator_leaves_the_run_files(tmp_path: Path) -> None:
    """U+2028 (LINE SEPARATOR) sits raw in a JSON string: read with str.splitlines() the erased comment's record was
    cut in two, parsed as nothing, and stayed in the run directory's comments.jsonl."""
    from types import SimpleNamespace

    from wparchive.forget import Target, _redact_jsonl

    site = "https://blogg.example/"
    erased = {"site": site, "wp_comment_id": 5, "author_name": "Anna", "body_text": "rad ett\u2028rad två"}
    kept = {"site": site, "wp_comment_id": 6, "author_name": "Bo", "body_text": "Hej\u2029då"}
    path = tmp_path / "comments.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (erased, kept)), encoding="utf-8")
    target = Target(kind="name", value="Anna", comments=[SimpleNamespace(site=site, wp_comment_id=5)], needles=None,
                    strings=[])
    assert _redact_jsonl(path, target, write=True) == 1
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line] == [kept]


def test_a_one_word_name_is_erased_as_a_name_never_inside_other_peoples_words(tmp_path: Path) -> None:
    """Black-box round 8: `forget --name Bo` (also the Swedish verb "to live") turned another commenter "Bo Ek" into
    "[raderad] Ek" and a post's "Bo gärna här" into "[raderad] gärna här", also on later nights. A one-word name of
    letters is no needle in running text; a full name and a handle still are."""
    from types import SimpleNamespace

    from crawler.erasure import ERASED_NAME, ErasureList, distinctive_name
    from wparchive.forget import Target, _redact_jsonl

    assert not distinctive_name("Bo") and not distinctive_name("Anna")
    assert distinctive_name("Bo Ek") and distinctive_name("kalle_83") and distinctive_name("Anna-Lena O'Neil")
    erasures = ErasureList()
    erasures.add_words("e1", names={"Bo", "Anna Berg"}, texts=[], added_at="2026-12-07T00:00:00+00:00")
    assert erasures.redact_text("Bo Ek skrev: Bo gärna här.") == "Bo Ek skrev: Bo gärna här."
    assert erasures.redact_text("Tack Anna Berg!") == f"Tack {ERASED_NAME}!"
    # forget's own pass over a run directory: a quote cut off at the end of an excerpt goes too
    sentence = "Fjärrvärmen i huset på Storgatan har varit avstängd i tre veckor utan besked."
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"post_url": "https://blogg.example/a/", "excerpt": "Om energin. " + sentence[:50],
                                "body_text": "Bo gärna här. " + sentence}, ensure_ascii=False) + "\n", encoding="utf-8")
    erased_comment = SimpleNamespace(site="https://blogg.example/", wp_comment_id=9)
    target = Target(kind="name", value="Bo", comments=[erased_comment], needles=None, strings=[sentence])
    assert _redact_jsonl(path, target, write=True) == 1
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record == {"post_url": "https://blogg.example/a/", "excerpt": f"Om energin. {ERASED_NAME}",
                      "body_text": f"Bo gärna här. {ERASED_NAME}"}


def test_a_list_named_elsewhere_never_hides_the_data_directorys_own(tmp_path: Path) -> None:
    """Black-box round 10: `forget` adds to <data_dir>/erasure-list.json; a crawl given WPARCHIVE_ERASURE_LIST
    read only that other list and archived the erased commenter again. Both lists apply."""
    from crawler.erasure import ERASED_NAME, ErasureList

    own, other = ErasureList(), ErasureList()
    own.add("e1", "name", "Greta Garbo-Svensson", site=None, added_at="2026-12-08T00:00:00+00:00")
    own.add_words("e1", names={"Greta Garbo-Svensson"}, texts=[], added_at="2026-12-08T00:00:00+00:00")
    other.add_words("e2", names={"Karl Anka"}, texts=[], added_at="2026-12-08T00:00:00+00:00")
    own.write(tmp_path / "data" / "erasure-list.json")
    other.write(tmp_path / "elsewhere.json")
    run_dir = tmp_path / "data" / "runs" / "r1" / "blogg"
    run_dir.mkdir(parents=True)
    erasures = ErasureList.for_run_dir(run_dir, str(tmp_path / "elsewhere.json"))
    assert erasures.redact_text("Greta Garbo-Svensson och Karl Anka") == f"{ERASED_NAME} och {ERASED_NAME}"
    assert erasures.matches(site=None, wp_comment_id=None, author_name="Greta Garbo-Svensson", author_url=None)
    assert ErasureList.for_run_dir(run_dir, str(tmp_path / "data" / "erasure-list.json")).redact_text(
        "Greta Garbo-Svensson") == ERASED_NAME
