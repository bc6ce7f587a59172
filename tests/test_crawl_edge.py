"""The crawler against the edge content (tests/wordpress/content-edge.json) under every permalink setting, both
themes, REST open and blocked: posts that broke the archive on real sites (categories and no tags, an empty title,
markup in a title, slugs that look like traps, repeated category names, 300+ comments).

The content file is the ground truth: 0 wrong titles, dates, authors, categories or tags; every public post
archived (none lost to the trap filter); every discovered post archived or named by a drop row.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from flows.rundir import clean_run_dir
from tests.rundir_support import read_jsonl
from tests.test_crawl_testbed import Crawl, crawled  # noqa: F401  (the module-scoped crawl fixture)
from tests.wordpress import content as C
from tests.wordpress.testbed import EDGE_CONTENT
from warehouse.db import build_views, connect, initialise, run_checks
from warehouse.load import load_run
from report import build_report

pytestmark = pytest.mark.wordpress

EDGE_VARIANTS = ("edge-tt1-plain", "edge-tt3-postname", "edge-tt1-archives", "edge-tt3-rest-blocked",
                 "edge-tt2-rest-blocked", "edge-harbor-rest-blocked", "edge-fjord-rest-blocked",
                 "edge-quill-rest-blocked", "edge-lumen-rest-blocked", "edge-ledger-rest-blocked", "edge-atlas-rest-blocked",
                 "edge-tabula-rest-blocked", "edge-courant-rest-blocked", "edge-indie-rest-blocked",
                 "edge-kommun-rest-blocked", "edge-strapline-rest-blocked", "edge-forge-rest-blocked",
                 "edge-samtal-rest-blocked", "edge-tidning-rest-blocked",
                 "edge-diva-rest-blocked", "edge-hosted-rest-blocked",
                 "edge-almanacka-rest-blocked", "edge-verkstad-rest-blocked",
                 "edge-dossier-rest-blocked", "edge-ocean-rest-blocked",
                 "edge-flod-rest-blocked", "edge-stjarna-rest-blocked",
                 "edge-gpress-rest-blocked", "edge-kadens-rest-blocked",
                 "edge-bygge-rest-blocked", "edge-avenue-rest-blocked",
                 "edge-enfilad-rest-blocked", "edge-muffin-rest-blocked",
                 "edge-flatso-rest-blocked", "edge-tjugo-rest-blocked")
# With REST blocked only the page reading is left; on twentytwentythree it reads an empty title (the metadata names
# only the site), a post without tags (category links with rel="tag" sit in the category post-terms block) and two
# categories both called "Housing" (told apart by URL) right too (the strict xfail went with those fixes in
# crawler/pages/metadata.py, as it went for the bodies of /embed-2/ and /amp/).
# The bodies are right with the page reading alone too (since the structural and second-opinion readings).
BODY_VARIANTS = ("edge-tt1-plain", "edge-tt3-postname", "edge-tt1-archives", "edge-tt3-rest-blocked",
                 "edge-tt2-rest-blocked", "edge-harbor-rest-blocked", "edge-fjord-rest-blocked",
                 "edge-quill-rest-blocked", "edge-lumen-rest-blocked", "edge-ledger-rest-blocked", "edge-atlas-rest-blocked",
                 "edge-tabula-rest-blocked", "edge-courant-rest-blocked", "edge-indie-rest-blocked",
                 "edge-kommun-rest-blocked", "edge-strapline-rest-blocked", "edge-forge-rest-blocked",
                 "edge-samtal-rest-blocked", "edge-tidning-rest-blocked",
                 "edge-diva-rest-blocked", "edge-hosted-rest-blocked",
                 "edge-almanacka-rest-blocked", "edge-verkstad-rest-blocked",
                 "edge-dossier-rest-blocked", "edge-ocean-rest-blocked",
                 "edge-flod-rest-blocked", "edge-stjarna-rest-blocked",
                 "edge-gpress-rest-blocked", "edge-kadens-rest-blocked",
                 "edge-bygge-rest-blocked", "edge-avenue-rest-blocked",
                 "edge-enfilad-rest-blocked", "edge-muffin-rest-blocked",
                 "edge-flatso-rest-blocked", "edge-tjugo-rest-blocked")
CONTENT = C.load_content(EDGE_CONTENT)


@pytest.fixture(params=EDGE_VARIANTS)
def crawl(request: pytest.FixtureRequest, crawled: Callable[[str], Crawl]) -> Crawl:
    return crawled(request.param)


def test_every_public_post_once(crawl: Crawl) -> None:
    expected = {crawl.site.post_id(p["key"]) for p in C.public_posts(CONTENT)}
    protected = {crawl.site.post_id(p["key"]) for p in C.protected_posts(CONTENT)}
    got = [p["wp_post_id"] for p in crawl.posts]
    missing = {p["key"] for p in C.public_posts(CONTENT)} - {k for k, v in crawl.site.ids["posts"].items()
                                                               if int(v["id"]) in got}
    assert missing == set(), f"public posts missing: {missing}; drops: {crawl.drops}"
    assert set(got) - expected - protected == set(), "posts that are not public were harvested"
    assert len(got) == len(set(got)), "a post was written twice"


@pytest.mark.parametrize("crawl", EDGE_VARIANTS, indirect=True)
def test_post_metadata_is_exact(crawl: Crawl) -> None:
    authors = {a["login"]: a["display_name"] for a in CONTENT["authors"]}
    wrong = []
    for post in C.public_posts(CONTENT):
        got = crawl.post_by_id[crawl.site.post_id(post["key"])]
        expected = {"title": C.shown_title(post, crawl.site.theme), "author": authors[post["author"]],
                    "published_at": C.to_utc(post["date"]).isoformat(),
                    "categories": sorted(C.category_names(CONTENT, post)), "tags": sorted(post["tags"]),
                    "post_url": crawl.site.post_url(post["key"])}
        actual = {k: sorted(got[k]) if k in ("categories", "tags") else got[k] for k in expected}
        wrong += [(post["key"], k, actual[k], v) for k, v in expected.items() if actual[k] != v]
    assert wrong == [], "wrong fields (post, field, got, expected)"


@pytest.mark.parametrize("crawl", BODY_VARIANTS, indirect=True)
def test_bodies_are_clean(crawl: Crawl) -> None:
    for post in C.public_posts(CONTENT):
        body = C.normalize_space(crawl.post_by_id[crawl.site.post_id(post["key"])]["body_text"] or "")
        for snippet in post["body_must_contain"]:
            assert C.normalize_space(snippet) in body, (post["key"], snippet)
        for snippet in post["body_must_not_contain"]:
            assert C.normalize_space(snippet) not in body, (post["key"], snippet)


def test_every_approved_comment(crawl: Crawl) -> None:
    expected = {crawl.site.comment_id(c["key"]) for c in C.public_comments(CONTENT)}
    got = {c["wp_comment_id"] for c in crawl.comments}
    assert len(expected) > 300
    assert expected - got == set(), f"{len(expected - got)} approved comments missing"
    assert got - expected == set()


def test_every_discovered_post_is_accounted_for(crawl: Crawl) -> None:
    discovered = read_jsonl(crawl.result.run_dir / "discovered.jsonl")
    assert len(discovered) >= len(C.public_posts(CONTENT))
    archived = {p["post_url"] for p in crawl.posts} | {p["discovered_url"] for p in crawl.posts if p.get("discovered_url")}
    named = {d["detail"] for d in crawl.drops if d.get("detail")} | {d["url"] for d in crawl.drops}
    lost = [d["post_url"] for d in discovered if d["post_url"] not in archived | named]
    assert lost == [], "discovered posts neither archived nor dropped with a reason"


@pytest.mark.parametrize("crawl", EDGE_VARIANTS, indirect=True)
def test_the_warehouse_accepts_every_permalink_setting(crawl: Crawl, tmp_path: Path) -> None:
    """Loaded, the crawl passes every error-level check: a plain ?p=123 permalink is no preview address, and every
    discovered post is accounted for. Every post says which source gave its fields."""
    db = tmp_path / "archive.duckdb"
    initialise(db)
    clean_dir, _manifest = clean_run_dir(crawl.result.run_dir, clean_dir=tmp_path / "clean")
    load_run(db, clean_dir)
    with connect(db) as con:
        build_views(con)
        failing = {r.name: r.sample for r in run_checks(con) if not r.passed and r.severity == "error"}
        discovered = con.execute("SELECT count(*) FROM discovered_posts").fetchone()[0]
        sources = dict(con.execute("SELECT field, list(DISTINCT source ORDER BY source) FROM post_field_sources "
                                   "GROUP BY field").fetchall())
        agreement = con.execute("SELECT posts_compared_count FROM page_reading_agreement").fetchall()
    assert failing == {}
    assert discovered >= len(C.public_posts(CONTENT))
    listed = len(C.public_posts(CONTENT) + C.protected_posts(CONTENT))
    assert agreement == ([] if crawl.site.rest_blocked else [(listed,)])
    build_report(db, tmp_path / "report.html")
    health = C.normalize_space((tmp_path / "report.html").read_text(encoding="utf-8"))
    said = "the page reading agreed with the REST API on" in health and f"% of {listed} posts" in health
    assert said is not crawl.site.rest_blocked
    expected = ["page"] if crawl.site.rest_blocked else ["rest"]
    for field in ("title", "categories", "tags", "body", "author"):
        assert sources[field] == expected, field


def test_a_lost_post_fails_the_accounted_for_check(crawled: Callable[[str], Crawl], tmp_path: Path) -> None:
    """The check can fail: a discovered post with neither a post row nor a drop naming it is reported."""
    crawl = crawled("edge-tt3-postname")
    run_dir = tmp_path / "run"
    shutil.copytree(crawl.result.run_dir, run_dir, ignore=shutil.ignore_patterns("clean"))
    lost = crawl.site.post_url("slug-search")
    posts = [line for line in (run_dir / "posts.jsonl").read_text().splitlines() if f'"{lost}"' not in line]
    (run_dir / "posts.jsonl").write_text("\n".join(posts) + "\n")
    (run_dir / "comments.jsonl").write_text("")  # its comments would fail another check first
    db = tmp_path / "archive.duckdb"
    initialise(db)
    load_run(db, clean_run_dir(run_dir)[0])
    with connect(db) as con:
        build_views(con)
        result = {r.name: r for r in run_checks(con)}["discovered_posts_accounted_for"]
    assert result.failing_rows == 1 and result.severity == "error"


# What the page reading still gets wrong on the edge content, measured against REST (post key → fields). The
# page reading may improve (fewer disagreements); it must not get worse.
KNOWN_DISAGREEMENTS = {
    "twentytwentyone": {},
    # the one-line bodies of /embed-2/ and /amp/ came with the page's chrome (F1 0.118) until the page-wide paragraph
    # scoring stopped crowning the comment form (crawler/pages/content.py)
    "twentytwentythree": {},
}


@pytest.mark.parametrize("crawl", [v for v in EDGE_VARIANTS if "rest-blocked" not in v], indirect=True)
def test_page_reading_against_rest(crawl: Crawl) -> None:
    rows = read_jsonl(crawl.result.run_dir / "agreement.jsonl")
    key_of = {int(v["id"]): k for k, v in crawl.site.ids["posts"].items()}
    assert {key_of[r["wp_post_id"]] for r in rows} == {p["key"] for p in C.public_posts(CONTENT) + C.protected_posts(CONTENT)}
    found: dict[str, set[str]] = {}
    for r in rows:
        wrong = {f for f in ("is_title_equal", "is_date_equal", "is_author_equal", "is_categories_equal",
                             "is_tags_equal") if r[f] is False}
        if r["body_f1"] is not None and r["body_f1"] < 0.95:
            wrong.add("body")
        if wrong:
            found[key_of[r["wp_post_id"]]] = wrong
    known = KNOWN_DISAGREEMENTS[crawl.site.theme]
    worse = {k: v - known.get(k, set()) for k, v in found.items() if v - known.get(k, set())}
    assert worse == {}, "the page reading disagrees with REST where it used to agree"
