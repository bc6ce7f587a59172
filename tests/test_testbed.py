"""The WordPress test bed serves exactly content.json, with both themes, and its mutations round-trip."""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any

import pytest

from tests.wordpress.content import load_content, protected_posts, text_blocks
from tests.wordpress.testbed import VARIANTS, Site

pytestmark = pytest.mark.wordpress

CONTENT = load_content()
COMMENT_ID = re.compile(r'id="comment-(\d+)"')


@dataclass
class Page:
    """One HTTP answer as the site gave it."""

    status: int
    headers: Message
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.text)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Answers are checked as WordPress gives them: a 301 is a 301, not the page it points to."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> Page:
    """GET without following redirects; 4xx and 5xx are answers too, not exceptions."""
    try:
        with _opener.open(url, timeout=20) as response:
            return Page(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Page(error.code, error.headers, error.read())


def fetch_all(site: Site, path: str) -> tuple[list[dict[str, Any]], int]:
    """Every item of a paginated REST collection, and the X-WP-Total it announced."""
    items: list[dict[str, Any]] = []
    page_number, total_pages, total = 1, 1, 0
    while page_number <= total_pages:
        page = fetch(site.url(f"{path}{'&' if '?' in path else '?'}per_page=100&page={page_number}"))
        assert page.status == 200, (path, page.status, page.text[:300])
        items += page.json()
        total_pages = int(page.headers["X-WP-TotalPages"])
        total = int(page.headers["X-WP-Total"])
        page_number += 1
    return items, total


def is_listed(post: dict[str, Any]) -> bool:
    """Published: in listings and the REST API (password posts too, with their text withheld)."""
    return post["status"] == "publish"


def is_public(post: dict[str, Any]) -> bool:
    return is_listed(post) and not post["password"]


POSTS = {post["key"]: post for post in CONTENT["posts"]}
COMMENTS = {comment["key"]: comment for comment in CONTENT["comments"]}


def comment_ids_on(page: Page) -> set[int]:
    return {int(number) for number in COMMENT_ID.findall(page.text)}


# ---------------------------------------------------------------------------------------------- HTML pages


def test_public_posts_and_pages_answer_200_with_their_title(wordpress_site: Site) -> None:
    for post in filter(is_public, CONTENT["posts"]):
        page = fetch(wordpress_site.post_url(post["key"]))
        assert page.status == 200, post["key"]
        assert post["title"] in html.unescape(page.text), post["key"]
        assert re.search(r'<html[^>]*\slang="sv-SE"', page.text)  # XHTML themes add xmlns before it


def test_drafts_and_private_posts_are_404_everywhere(wordpress_site: Site) -> None:
    hidden = [post for post in CONTENT["posts"] if post["status"] in ("draft", "private")]
    assert hidden, "content.json should hold a draft and a private post"
    for post in hidden:
        for url in (wordpress_site.post_url(post["key"]), wordpress_site.ids["posts"][post["key"]]["shortlink"]):
            page = fetch(url)
            assert page.status == 404, (post["key"], url)
            assert post["title"] not in html.unescape(page.text), (post["key"], url)


def test_password_post_shows_a_password_form_and_nothing_else(wordpress_site: Site) -> None:
    for post in protected_posts(CONTENT):
        page = fetch(wordpress_site.post_url(post["key"]))
        text = html.unescape(page.text)
        assert page.status == 200
        assert 'name="post_password"' in page.text and "wp-login.php?action=postpass" in page.text
        for block in text_blocks(post["content"]):
            assert block not in text, (post["key"], block)
        own_comments = {wordpress_site.comment_id(c["key"]) for c in CONTENT["comments"] if c["post"] == post["key"]}
        assert not comment_ids_on(page) & own_comments
        assert 'id="commentform"' not in page.text


def test_images_are_served_from_the_sites_own_uploads(wordpress_site: Site) -> None:
    featured_shown = VARIANTS[wordpress_site.variant].featured_images
    for key, attachments in wordpress_site.ids["attachments"].items():
        if not attachments:
            continue
        post_page = fetch(wordpress_site.post_url(key))
        featured = {i["file"] for i in POSTS[key].get("images", []) if i.get("placement") == "featured"}
        for attachment in attachments:
            if featured_shown or attachment["file"] not in featured:
                assert attachment["url"] in post_page.text, (key, attachment["file"])
            image = fetch(attachment["url"])
            assert image.status == 200 and image.headers["Content-Type"] == "image/png"


def test_comments_are_paginated_by_thread(wordpress_site: Site) -> None:
    """comment-page-N holds the Nth group of `comments_per_page` top-level threads, oldest first (pingbacks
    count as threads); the bare permalink repeats the last page (default_comments_page = newest)."""
    per_page = CONTENT["site"]["comments_per_page"]
    approved = [c for c in CONTENT["comments"] if c["status"] == "approved"]
    pings = {c["key"] for c in approved if c["type"] != "comment"}
    children: dict[str, list[str]] = {}
    for comment in approved:
        if comment["parent"]:
            children.setdefault(comment["parent"], []).append(comment["key"])

    shown = VARIANTS[wordpress_site.variant].pings_have_ids  # (Flatsome's pings carry no id on the page)

    def thread(key: str) -> set[int]:
        own = {wordpress_site.comment_id(key)} if shown or key not in pings else set()
        return own.union(*(thread(child) for child in children.get(key, [])))

    busy = 0
    for post in filter(is_public, CONTENT["posts"]):
        roots = sorted((c for c in approved if c["post"] == post["key"] and not c["parent"]), key=lambda c: c["date"])
        if len(roots) <= per_page:
            continue
        busy += 1
        groups = [roots[i:i + per_page] for i in range(0, len(roots), per_page)]
        for number, group in enumerate(groups, start=1):
            page = fetch(f"{wordpress_site.post_url(post['key'])}comment-page-{number}/")
            assert page.status == 200
            expected = set().union(*(thread(root["key"]) for root in group))
            assert comment_ids_on(page) >= expected, (post["key"], number)
            # pings apart: a theme may list them outside the paginated thread, on every page (indie's "mentions")
            others = {wordpress_site.comment_id(c["key"]) for c in roots if c not in group and c["type"] == "comment"}
            assert not comment_ids_on(page) & others, (post["key"], number)
        bare = fetch(wordpress_site.post_url(post["key"]))
        assert comment_ids_on(bare) >= set().union(*(thread(root["key"]) for root in groups[-1]))
    assert busy >= 1, "content.json should hold a post with more top-level comments than comments_per_page"


# ---------------------------------------------------------------------------------------------- REST API


def _rest_is_blocked(site: Site, path: str) -> bool:
    """On a REST-blocked variant (tt1-xhtml-rest-blocked is one of the themes every page test runs on) the REST
    tests assert the block instead: nginx answers 403 on the route."""
    if not site.rest_blocked:
        return False
    assert fetch(site.url(path)).status == 403, path
    return True


def test_rest_lists_exactly_the_published_posts_with_password_posts_flagged(wordpress_site: Site) -> None:
    if _rest_is_blocked(wordpress_site, "/wp-json/wp/v2/posts"):
        return
    items, total = fetch_all(wordpress_site, "/wp-json/wp/v2/posts")
    listed = {wordpress_site.post_id(p["key"]): p for p in CONTENT["posts"] if p["type"] == "post" and is_listed(p)}
    assert {item["id"] for item in items} == set(listed)
    assert total == len(listed)
    for item in items:
        post = listed[item["id"]]
        # WordPress 6.1 lists a password post to anyone, marks it protected and withholds its text.
        assert item["content"]["protected"] is bool(post["password"]), post["key"]
        if post["password"]:
            assert item["content"]["rendered"] == "" and item["excerpt"]["rendered"] == ""
        assert item["link"] == wordpress_site.post_url(post["key"])
        assert item["sticky"] is post["sticky"]

    pages, _ = fetch_all(wordpress_site, "/wp-json/wp/v2/pages")
    assert {item["id"] for item in pages} == {
        wordpress_site.post_id(p["key"]) for p in CONTENT["posts"] if p["type"] == "page" and is_listed(p)
    }


def test_rest_lists_exactly_the_approved_comments_on_public_posts(wordpress_site: Site) -> None:
    if _rest_is_blocked(wordpress_site, "/wp-json/wp/v2/comments"):
        return
    items, total = fetch_all(wordpress_site, "/wp-json/wp/v2/comments")
    # Anonymous REST shows only type "comment" (asking for pingbacks is forbidden), only approved ones, only on
    # posts the visitor may read.
    expected = {
        wordpress_site.comment_id(c["key"]): (
            wordpress_site.post_id(c["post"]),
            wordpress_site.comment_id(c["parent"]) if c["parent"] else 0,
        )
        for c in CONTENT["comments"]
        if c["status"] == "approved" and c["type"] == "comment" and is_public(POSTS[c["post"]])
    }
    assert {item["id"]: (item["post"], item["parent"]) for item in items} == expected
    # X-WP-Total also counts the approved comments it then withholds (on private and password posts).
    approved_anywhere = [c for c in CONTENT["comments"] if c["status"] == "approved" and c["type"] == "comment"]
    assert total == len(approved_anywhere) >= len(items)


def test_rest_blocked_variant_answers_403_on_every_rest_route(wordpress: Callable[[str], Site]) -> None:
    blocked, open_site = wordpress("tt1-rest-blocked"), wordpress("tt1")
    for path in ("/wp-json/", "/wp-json/wp/v2/posts", "/?rest_route=/wp/v2/posts",
                 "/index.php/wp-json/wp/v2/posts", "/?rest.route=/wp/v2/posts"):
        assert fetch(blocked.url(path)).status == 403, path
        assert fetch(open_site.url(path)).status == 200, path  # proof that the block is nginx's, not WordPress's
    home = fetch(blocked.url("/"))
    assert home.status == 200 and CONTENT["site"]["title"] in html.unescape(home.text)
    assert fetch(blocked.post_url("analysdagar")).status == 200


# ---------------------------------------------------------------------------------------------- mutations


def test_edit_title_round_trip(wordpress_site: Site) -> None:
    key = "analysdagar"
    original = POSTS[key]["title"]
    new_title = f"Ändrad rubrik för {wordpress_site.variant}"
    try:
        result = wordpress_site.mutate("edit_post", post=key, title=new_title)
        assert result["post"]["title"] == new_title
        page = html.unescape(fetch(wordpress_site.post_url(key)).text)
        assert new_title in page and original not in page
        rest_path = f"/wp-json/wp/v2/posts/{wordpress_site.post_id(key)}"
        if not _rest_is_blocked(wordpress_site, rest_path):
            rest = fetch(wordpress_site.url(rest_path)).json()
            assert rest["modified"] > rest["date"]  # an edit moves `modified`; the seed has modified = date
    finally:
        wordpress_site.reset()
    page = html.unescape(fetch(wordpress_site.post_url(key)).text)
    assert original in page and new_title not in page


def test_every_mutation_shows_on_the_site(wordpress: Callable[[str], Site]) -> None:
    site = wordpress("tt1")
    post_url = site.post_url("valkommen")

    def rest_comment_ids() -> set[int]:
        return {item["id"] for item in fetch_all(site, "/wp-json/wp/v2/comments")[0]}

    pending_key = next(
        c["key"] for c in CONTENT["comments"] if c["status"] == "pending" and is_public(POSTS[c["post"]])
    )
    pending_id = site.comment_id(pending_key)
    try:
        site.mutate("trash_post", post="valkommen")
        assert fetch(post_url).status == 404
        assert site.mutate("restore_post", post="valkommen")["post"]["status"] == "publish"
        assert fetch(post_url).status == 200

        top = site.mutate("add_comment", post="valkommen", content="En ny kommentar från testet.")["comment"]
        reply = site.mutate("add_comment", post="valkommen", parent=top["id"], content="Ett svar på den.")["comment"]
        assert reply["parent"] == top["id"]
        assert {top["id"], reply["id"]} <= comment_ids_on(fetch(post_url))

        assert pending_id not in rest_comment_ids()
        site.mutate("approve_comment", comment=pending_key)
        assert pending_id in rest_comment_ids()
        assert pending_id in comment_ids_on(fetch(site.post_url(COMMENTS[pending_key]["post"])))

        site.mutate("delete_comment", comment=reply["id"])
        assert reply["id"] not in rest_comment_ids()
        assert fetch(site.url(f"/wp-json/wp/v2/comments/{reply['id']}")).status == 404

        assert 'id="commentform"' in fetch(post_url).text
        assert site.mutate("close_comments", post="valkommen")["post"]["comment_status"] == "closed"
        assert 'id="commentform"' not in fetch(post_url).text
    finally:
        site.reset()
    assert 'id="commentform"' in fetch(post_url).text
    assert pending_id not in rest_comment_ids()
