"""The page objects on the real WordPress test bed (twentytwentyone and twentytwentythree), against content.json.

Pages are read over HTTP only; nothing is posted or mutated. Every public post must come out exact: id, title,
author, date, categories, tags, body snippets, comment ids, parents, depths, authors, dates and text, form.
"""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from crawler.pages import extract_listing_page, extract_post_page
from tests.wordpress import content as C
from tests.wordpress.testbed import VARIANTS, Site

pytestmark = pytest.mark.wordpress

CONTENT = C.load_content()
CATEGORY_NAMES = {c["slug"]: c["name"] for c in CONTENT["categories"]}
AUTHOR_NAMES = {a["login"]: a["display_name"] for a in CONTENT["authors"]}
DEPTHS = C.comment_depths(CONTENT)
PUBLIC_COMMENTS = C.public_comments(CONTENT)


def fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # 404 pages are pages too
        return error.read()


def all_comment_pages(url: str):
    """The post page and every comment page it links to, followed transitively."""
    seen: dict[str, object] = {}
    queue = [url]
    while queue:
        page_url = queue.pop(0)
        if page_url in seen:
            continue
        page = extract_post_page(fetch(page_url), page_url)
        seen[page_url] = page
        queue.extend(u for u in page.comment_page_urls if u not in seen)
    return list(seen.values())


@pytest.mark.parametrize("post", C.public_posts(CONTENT), ids=lambda p: p["key"])
def test_public_post_comes_out_exact(wordpress_site: Site, post: dict):
    url = wordpress_site.post_url(post["key"])
    pages = all_comment_pages(url)
    page = pages[0]
    got = page.post
    assert got is not None
    assert got.wp_post_id == wordpress_site.post_id(post["key"])
    assert got.post_url == url
    assert got.title == post["title"]
    assert got.author == AUTHOR_NAMES[post["author"]]
    assert got.published_at == C.post_date_read(post["date"], VARIANTS[wordpress_site.variant].post_dates)
    assert sorted(got.categories) == sorted(CATEGORY_NAMES[c] for c in post["categories"])
    assert sorted(got.tags) == sorted(post["tags"])
    assert got.language == "sv"
    assert got.is_protected is False
    body = C.normalize_space(got.body_text or "")
    for snippet in post.get("body_must_contain", []):
        assert C.normalize_space(snippet) in body
    for snippet in post.get("body_must_not_contain", []):
        assert C.normalize_space(snippet) not in body
    assert got.comment_status == post["comment_status"]

    form = page.comment_form
    if post["comment_status"] == "open":
        kind = VARIANTS[wordpress_site.variant].comment_form
        assert (form.is_present, form.is_open, form.form_kind) == (True, True, kind)
        # in the page's order: core prints the text box first, some themes move it after the contact fields
        assert sorted(f.name for f in form.fields[:4]) == ["author", "comment", "email", "url"]
        assert form.action_url == wordpress_site.url("/wp-comments-post.php")
        if kind == "wpcom-highlander":  # its log-in options, and no cookie-consent box
            assert {"wordpress.com", "google", "facebook"} <= {p.lower() for p in form.login_providers}
        else:
            assert form.has_cookie_consent
        assert {"comment_post_ID", "comment_parent"} <= set(form.hidden_fields)
    else:
        assert (form.is_present, form.is_open) == (False, False)

    without_id = [c for p in pages for c in p.comments if c.wp_comment_id is None]
    assert not without_id or (not VARIANTS[wordpress_site.variant].pings_have_ids
                               and {c.comment_type for c in without_id} == {"pingback"})
    comments = {c.wp_comment_id: c for p in pages for c in p.comments if c.wp_comment_id is not None}
    want = {wordpress_site.comment_id(c["key"]): c for c in PUBLIC_COMMENTS if c["post"] == post["key"]
            and (c["type"] == "comment" or VARIANTS[wordpress_site.variant].pings_have_ids)}
    assert sorted(comments) == sorted(want)
    for cid, c in want.items():
        item = comments[cid]
        parent = wordpress_site.comment_id(c["parent"]) if c["parent"] else None
        assert (item.parent_wp_comment_id, item.depth, item.comment_type) == (parent, DEPTHS[c["key"]], c["type"])
        assert item.author_name == c["author"]
        # the commenter's site where the theme links the name, never another link (a permalink in the author's box)
        assert item.author_url in (None, c["author_url"] or None), c["key"]
        assert item.wp_post_id == got.wp_post_id
        if c["type"] == "pingback" and item.body_text is None:
            # twentytwentyone prints a pingback as "Pingback: <link>": no date, no excerpt on the page
            continue
        assert item.published_at == C.comment_time_read(c["date"], VARIANTS[wordpress_site.variant].comment_dates)
        assert C.normalize_space(item.body_text) == C.normalize_space(C.visible_text(c["content"]))


@pytest.mark.parametrize("post", C.protected_posts(CONTENT), ids=lambda p: p["key"])
def test_password_protected_post_is_flagged_without_text_or_comments(wordpress_site: Site, post: dict):
    page = extract_post_page(fetch(wordpress_site.post_url(post["key"])), wordpress_site.post_url(post["key"]))
    assert page.post.is_protected is True
    assert page.post.title == post["title"]
    assert page.comments == []
    for snippet in post.get("body_must_contain", []):
        assert C.normalize_space(snippet) not in C.normalize_space(page.post.body_text or "")


@pytest.mark.parametrize("path", ["/", "/page/2/", "/category/samhallsbygget/", "/2019/", "/?s=hyra",
                                  "/finns-inte-alls/"])
def test_listings_searches_and_404s_are_not_posts(wordpress_site: Site, path: str):
    url = wordpress_site.url(path)
    assert extract_post_page(fetch(url), url).post is None


def test_listing_pages_walk_to_every_public_post(wordpress_site: Site):
    url, seen = wordpress_site.url("/"), []
    while url:
        listing = extract_listing_page(fetch(url), url)
        seen.extend(u for u in listing.post_urls if u not in seen)
        url = listing.next_page_url
    public = {wordpress_site.post_url(p["key"]) for p in C.public_posts(CONTENT)}
    assert public <= set(seen)
