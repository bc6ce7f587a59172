"""The crawler against the real WordPress test bed, both themes, REST open and REST blocked.

The content file (tests/wordpress/content.json) is the ground truth: every public post exactly, every approved
comment with its parent, the comment form on open, closed and password posts; nothing private; no trap URL.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from crawler.run import CrawlResult, crawl_in_subprocess
from crawler.urls import host_of, is_trap
from tests.rundir_support import read_jsonl
from tests.wordpress import content as C
from tests.wordpress.testbed import VARIANTS as VARIANT_SPECS
from tests.wordpress.testbed import Site

pytestmark = pytest.mark.wordpress

VARIANTS = ("tt1", "tt3", "tt1-rest-blocked", "tt2", "tt2-rest-blocked", "tt1-xhtml-rest-blocked", "harbor",
            "harbor-rest-blocked", "fjord", "fjord-rest-blocked", "meridian", "meridian-rest-blocked", "gazette",
            "gazette-rest-blocked", "mosaic-rest-blocked", "quill", "quill-rest-blocked", "lumen",
            "lumen-rest-blocked", "ledger", "ledger-rest-blocked",
            "atlas", "atlas-rest-blocked", "tabula", "tabula-rest-blocked", "courant", "courant-rest-blocked",
            "indie", "indie-rest-blocked", "kommun", "kommun-rest-blocked", "strapline", "strapline-rest-blocked",
            "forge", "forge-rest-blocked", "samtal", "samtal-rest-blocked", "tidning", "tidning-rest-blocked",
            "diva", "diva-rest-blocked", "hosted", "hosted-rest-blocked", "almanacka",
            "almanacka-rest-blocked", "verkstad", "verkstad-rest-blocked", "dossier", "dossier-rest-blocked",
            "ocean", "ocean-rest-blocked", "flod", "flod-rest-blocked",
            "stjarna", "stjarna-rest-blocked", "gpress", "gpress-rest-blocked",
            "kadens", "kadens-rest-blocked",
            "bygge", "bygge-rest-blocked", "avenue", "avenue-rest-blocked",
            "enfilad", "enfilad-rest-blocked", "muffin", "muffin-rest-blocked",
            "flatso-rest-blocked", "tjugo-rest-blocked", "tidig-rest-blocked", "jannah-rest-blocked",
            "solid-rest-blocked", "blocka-rest-blocked", "tt1-listings-closed")
CONTENT = C.load_content()


class Crawl:
    """One finished crawl of a test-bed site, with its output read back."""

    def __init__(self, site: Site, result: CrawlResult):
        self.site = site
        self.result = result
        d = result.run_dir
        self.posts = read_jsonl(d / "posts.jsonl")
        self.comments = read_jsonl(d / "comments.jsonl")
        self.forms = read_jsonl(d / "comment_forms.jsonl")
        self.requests = read_jsonl(d / "requests.jsonl")
        self.drops = read_jsonl(d / "drops.jsonl")
        self.all_text = "\n".join(p.read_text(encoding="utf-8") for p in d.glob("*.jsonl"))
        self.post_by_id = {p["wp_post_id"]: p for p in self.posts}
        self.form_by_id = {f["wp_post_id"]: f for f in self.forms}
        self.comment_by_id = {c["wp_comment_id"]: c for c in self.comments}


@pytest.fixture(scope="module")
def crawled(wordpress: Callable[[str], Site], tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Crawl]:
    """Crawl each variant once per module (fast profile: loopback only)."""
    done: dict[str, Crawl] = {}

    def get(variant: str) -> Crawl:
        if variant not in done:
            site = wordpress(variant)
            site.reset()  # other test modules mutate; the ground truth is the seeded state
            run_dir = tmp_path_factory.mktemp(f"crawl-{variant}")
            result = crawl_in_subprocess(site.base_url + "/", run_dir, profile="fast", timeout=300)
            assert result.error is None, f"crawl of {variant} failed: {result.error}"
            done[variant] = Crawl(site, result)
        return done[variant]

    return get


@pytest.fixture(params=VARIANTS)
def crawl(request: pytest.FixtureRequest, crawled: Callable[[str], Crawl]) -> Crawl:
    return crawled(request.param)


def test_every_public_post_and_nothing_else(crawl: Crawl) -> None:
    expected = {crawl.site.post_id(p["key"]) for p in C.public_posts(CONTENT)}
    protected = {crawl.site.post_id(p["key"]) for p in C.protected_posts(CONTENT)}
    got = {p["wp_post_id"] for p in crawl.posts}
    assert expected - got == set(), "public posts missing"
    assert got - expected - protected == set(), "posts that are not public were harvested"
    assert len(crawl.posts) == len(got), "a post was written twice"


def test_post_metadata_is_exact(crawl: Crawl) -> None:
    authors = {a["login"]: a["display_name"] for a in CONTENT["authors"]}
    categories = {c["slug"]: c["name"] for c in CONTENT["categories"]}
    for post in C.public_posts(CONTENT):
        got = crawl.post_by_id[crawl.site.post_id(post["key"])]
        assert got["title"] == post["title"]
        assert got["author"] == authors[post["author"]]
        assert got["published_at"] == C.to_utc(post["date"]).isoformat(), post["key"]
        assert sorted(got["categories"]) == sorted(categories[c] for c in post["categories"]), post["key"]
        assert sorted(got["tags"]) == sorted(post["tags"]), post["key"]
        assert got["comment_status"] == post["comment_status"], post["key"]
        assert got["is_protected"] is False
        assert got["language"] == "sv"
        assert got["post_url"] == crawl.site.post_url(post["key"])


def test_post_bodies_are_clean(crawl: Crawl) -> None:
    for post in C.public_posts(CONTENT):
        body = C.normalize_space(crawl.post_by_id[crawl.site.post_id(post["key"])]["body_text"] or "")
        for snippet in post["body_must_contain"]:
            assert C.normalize_space(snippet) in body, (post["key"], snippet)
        for snippet in post["body_must_not_contain"]:
            assert C.normalize_space(snippet) not in body, (post["key"], snippet)
        for chrome in ("Lämna en kommentar", "Leave a comment", "Kommentera", "Din e-postadress", "Skicka kommentar"):
            assert chrome not in body, (post["key"], chrome)


def test_nothing_private_is_harvested(crawl: Crawl) -> None:
    for post in C.protected_posts(CONTENT) + C.hidden_posts(CONTENT):
        for secret in post["body_must_not_contain"]:
            assert C.normalize_space(secret) not in C.normalize_space(crawl.all_text), (post["key"], secret)
    for comment in C.hidden_comments(CONTENT):
        text = C.normalize_space(C.visible_text(comment["content"]))
        assert text[:60] not in C.normalize_space(crawl.all_text), comment["key"]
    emails = {c["author_email"] for c in CONTENT["comments"] if c["author_email"]}
    emails |= {a["email"] for a in CONTENT["authors"]}
    assert not [e for e in emails if e in crawl.all_text], "an e-mail address was archived"
    for post in C.protected_posts(CONTENT):
        got = crawl.post_by_id[crawl.site.post_id(post["key"])]
        assert got["is_protected"] is True and not got["body_text"] and not got["body_html"]


def test_every_approved_comment_with_its_parent(crawl: Crawl) -> None:
    depths = C.comment_depths(CONTENT)
    expected = C.public_comments(CONTENT)
    if not VARIANT_SPECS[crawl.site.variant].pings_have_ids:  # (and REST blocked: the page is the only source)
        pings = [c for c in expected if c["type"] != "comment"]
        drops = [d for d in read_jsonl(crawl.result.run_dir / "drops.jsonl") if d["reason"] == "comments_without_id"]
        assert pings and all(any(d["url"].startswith(crawl.site.post_url(c["post"])) for d in drops) for c in pings)
        expected = [c for c in expected if c["type"] == "comment"]
    ids = {crawl.site.comment_id(c["key"]) for c in expected}
    assert ids - set(crawl.comment_by_id) == set(), "approved comments missing"
    assert set(crawl.comment_by_id) - ids == set(), "comments that are not public were harvested"
    assert len(crawl.comments) == len(crawl.comment_by_id), "a comment was written twice"
    for c in expected:
        got = crawl.comment_by_id[crawl.site.comment_id(c["key"])]
        parent = crawl.site.comment_id(c["parent"]) if c["parent"] else None
        assert got["parent_wp_comment_id"] == parent, c["key"]
        assert got["depth"] == depths[c["key"]], c["key"]
        assert got["wp_post_id"] == crawl.site.post_id(c["post"]), c["key"]
        assert got["author_name"] == c["author"], c["key"]
        assert got["comment_type"] == c["type"], c["key"]
        if c["type"] == "comment":
            assert C.normalize_space(C.visible_text(c["content"])) == C.normalize_space(got["body_text"]), c["key"]
            assert got["published_at"][:10] == C.to_utc(c["date"]).isoformat()[:10], c["key"]


def test_comment_times_are_exact_where_the_site_tells(crawl: Crawl) -> None:
    """REST gives every comment's time; without REST twentytwentyone prints it in <time datetime>. WordPress's
    XHTML comment markup prints only the local time as text ("10 januari, 2019 kl. 19:45"): that is kept as printed,
    without an offset (the site's zone is never guessed; cleaning applies the one sites.toml names)."""
    spec = VARIANT_SPECS[crawl.site.variant]
    printed = spec.comment_dates if spec.rest_blocked else "datetime"
    for c in C.public_comments(CONTENT):
        if c["type"] != "comment":
            continue
        got = crawl.comment_by_id[crawl.site.comment_id(c["key"])]
        assert got["published_at"] == C.comment_time_read(c["date"], printed), c["key"]


def test_comment_forms(crawl: Crawl) -> None:
    for post in C.public_posts(CONTENT):
        form = crawl.form_by_id[crawl.site.post_id(post["key"])]
        if post["comment_status"] == "closed":
            assert form["is_open"] is False, post["key"]
            continue
        assert form["is_present"] and form["is_open"], post["key"]
        assert form["form_kind"] == VARIANT_SPECS[crawl.site.variant].comment_form
        assert form["action_url"] == crawl.site.url("/wp-comments-post.php")
        assert form["method"].lower() == "post"
        fields = {f["name"]: f for f in form["fields"]}
        assert {"comment", "author", "email", "url"} <= set(fields)
        # (WordPress.com's text box carries no required mark: the form's script asks for text; an old theme's own
        # text box may carry none either)
        assert fields["comment"]["is_required"] is VARIANT_SPECS[crawl.site.variant].comment_text_marked_required
        assert fields["author"]["is_required"] and fields["email"]["is_required"]
        assert not fields["url"]["is_required"]
        assert {"comment_post_ID", "comment_parent"} <= set(form["hidden_fields"])
        # WordPress.com's form has no cookie-consent box (its log-in options stand there)
        assert form["has_cookie_consent"] is (form["form_kind"] != "wpcom-highlander")
        assert form["requires_login"] is False
        assert bool(form["login_providers"]) is (form["form_kind"] == "wpcom-highlander")
    for post in C.protected_posts(CONTENT):
        form = crawl.form_by_id[crawl.site.post_id(post["key"])]
        assert form["is_open"] is False  # a visitor without the password can't comment


def test_no_trap_or_offsite_request(crawl: Crawl) -> None:
    urls = [r["url"] for r in crawl.requests]
    assert urls, "the request log is empty"
    assert [u for u in urls if is_trap(u)] == []
    assert {host_of(u) for u in urls} == {host_of(crawl.site.base_url)}
    assert not [u for u in urls if "replytocom" in u or "wp-login" in u or "/embed" in u]
    # robots.txt is read twice: by Scrapy's robots middleware and by discovery, for its Sitemap: lines.
    pages = [u for u in urls if not u.endswith("/robots.txt")]
    assert len(pages) == len(set(pages)), "a URL was requested twice"


def test_rest_blocked_uses_the_fallbacks(crawled: Callable[[str], Crawl]) -> None:
    crawl = crawled("tt1-rest-blocked")
    stats = json.loads((crawl.result.run_dir / "stats.json").read_text())
    assert stats["discovery"]["rest"] is None
    assert stats["discovery"]["sources"].get("sitemap", 0) > 0 and stats["discovery"]["sources"].get("feed", 0) > 0
    assert {c["source"] for c in crawl.comments} == {"html"}
    statuses = {r["url"]: r["status"] for r in crawl.requests}
    assert 403 in statuses.values()  # it did try REST, and accepted no for an answer


def test_category_archives_reach_what_no_other_listing_does(crawled: Callable[[str], Crawl]) -> None:
    """REST, sitemaps, feeds and the home page's later pages all closed: the posts past the home page's first five
    are found through the category archives the pages link to, each walked to its last page, once."""
    crawl = crawled("tt1-listings-closed")
    stats = json.loads((crawl.result.run_dir / "stats.json").read_text())
    sources = stats["discovery"]["sources"]
    assert sources.get("sitemap", 0) == 0 and sources.get("feed", 0) == 0 and sources.get("category", 0) > 0
    home_listed = sources.get("listing", 0)
    assert 0 < home_listed < len(C.public_posts(CONTENT))  # so the rest came through the archives only
    assert not any(s.get("is_truncating") for s in stats["discovery"]["stops"])
    category_pages = [r["url"] for r in crawl.requests if "/category/" in r["url"]]
    assert any("/page/2/" in u for u in category_pages)  # a category of more than one page was walked on
    assert len(category_pages) == len(set(category_pages))


@pytest.mark.parametrize("variant", ("tt1", "tt3", "tt2", "harbor", "fjord", "meridian", "gazette", "quill", "lumen",
                                     "ledger", "atlas", "tabula", "courant", "indie", "kommun", "strapline", "forge", "samtal",
                                     "tidning", "diva", "hosted", "almanacka", "verkstad",
                                     "dossier", "ocean", "flod", "stjarna", "gpress",
                                     "kadens", "bygge", "avenue", "enfilad", "muffin"))
def test_page_reading_agrees_with_rest(crawled: Callable[[str], Crawl], variant: str) -> None:
    """The agreement monitor on the seeded blog: every post read from its page and from REST, and the two agree on
    title, date, author, categories, tags and body (4-gram shingle F1) on both themes."""
    crawl = crawled(variant)
    rows = read_jsonl(crawl.result.run_dir / "agreement.jsonl")
    listed = {crawl.site.post_id(p["key"]) for p in C.public_posts(CONTENT) + C.protected_posts(CONTENT)}
    assert {r["wp_post_id"] for r in rows} == listed
    # a protected post's page may show nothing but its title (diva): nothing to compare (None), never a disagreement
    protected = {crawl.site.post_id(p["key"]) for p in C.protected_posts(CONTENT)}
    for field in ("is_title_equal", "is_date_equal", "is_author_equal", "is_categories_equal", "is_tags_equal"):
        assert [r["post_url"] for r in rows if r[field] is not True
                and not (r[field] is None and r["wp_post_id"] in protected)] == [], field
    f1 = [r["body_f1"] for r in rows if r["body_f1"] is not None]
    assert len(f1) == len(C.public_posts(CONTENT)) and min(f1) >= 0.98, f1
    # what the page shows and REST does not list is the post's pingbacks and trackbacks (anonymous REST never lists
    # them; most themes show them on a later comment page, indie on every page), never a comment
    pings = {}
    for c in C.public_comments(CONTENT):
        if c["type"] != "comment":
            pings[crawl.site.post_id(c["post"])] = pings.get(crawl.site.post_id(c["post"]), 0) + 1
    assert [r["post_url"] for r in rows if r["page_comments_not_in_rest"] > pings.get(r["wp_post_id"], 0)] == []
    assert [c["wp_comment_id"] for c in crawl.comments if c["source"] == "html" and c["comment_type"] == "comment"] == []
