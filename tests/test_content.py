"""The content file (tests/wordpress/content.json) is seed and ground truth: check it keeps every promise tests rely on."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.wordpress.content import (
    DATE_FORMAT,
    comment_depths,
    comments_of,
    hidden_comments,
    hidden_posts,
    load_content,
    normalize_space,
    post_by_key,
    protected_posts,
    public_comments,
    public_pages,
    public_posts,
    text_blocks,
    to_utc,
    visible_text,
)
from tests.shared_data import SEED_DIR

SEED_POST_KEY = "analysdagar"
SEED_TITLE = "Vi är en viktig pusselbit i samhällsbygget Botkyrka"
# The first line of WordPress.com's comment-form chrome in the seed file; everything from it on is not post text.
SEED_CHROME_START = "Kommentera"

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
# Text that WordPress's display filters would rewrite (wptexturize, convert_smilies), making the rendered text
# differ from the file: straight quotes, "...", "--", a spaced hyphen, 3x4, and smilies.
TEXTURIZE_TRAPS = re.compile(r"""["'`]|\.\.\.|--|\s-\s|\dx\d|(?:^|\s)(?::-?[()DPpOo|/]|;-?\)|8-?\))(?=\s|$)""")


@pytest.fixture(scope="module")
def content() -> dict:
    return load_content()


def local(date: str) -> datetime:
    return datetime.strptime(date, DATE_FORMAT)


# ---------------------------------------------------------------- structure


def test_site_settings_match_the_contract(content):
    site = content["site"]
    assert site["locale"] == "sv_SE"
    assert site["timezone"] == "Europe/Stockholm"
    assert site["posts_per_page"] == 5
    assert site["comments_per_page"] == 5
    assert site["thread_comments_depth"] == 5
    assert site["default_comments_page"] == "newest"
    assert site["comment_order"] == "asc"
    assert site["title"] and site["description"]


def test_records_have_exactly_the_contract_fields(content):
    post_fields = {"key", "type", "status", "password", "sticky", "title", "slug", "author", "date", "categories",
                   "tags", "comment_status", "content", "images", "body_must_contain", "body_must_not_contain"}
    comment_fields = {"key", "post", "parent", "author", "author_email", "author_url", "date", "status", "type",
                      "content"}
    for post in content["posts"]:
        assert set(post) == post_fields, post["key"]
        assert post["type"] in ("post", "page")
        assert post["status"] in ("publish", "draft", "private")
        assert post["comment_status"] in ("open", "closed")
        for image in post["images"]:
            assert set(image) - {"placement"} == {"file", "alt", "caption"}
            assert image.get("placement", "content") in ("content", "gallery", "featured")
            assert image["file"].endswith(".png") and isinstance(image["alt"], str)
    for comment in content["comments"]:
        assert set(comment) == comment_fields, comment["key"]
        assert comment["status"] in ("approved", "pending", "spam")
        assert comment["type"] in ("comment", "pingback")
    for author in content["authors"]:
        assert set(author) == {"login", "display_name", "email", "role"}
        assert author["role"] in ("author", "editor")
    for category in content["categories"]:
        assert set(category) == {"slug", "name"}


def test_keys_titles_and_slugs_are_unique_and_safe(content):
    posts, comments = content["posts"], content["comments"]
    for field in ("key", "title", "slug"):
        dupes = [v for v, n in Counter(p[field] for p in posts).items() if n > 1]
        assert not dupes, f"duplicate post {field}: {dupes}"
    assert len({c["key"] for c in comments}) == len(comments)
    for post in posts:
        assert KEY.match(post["key"]), post["key"]
        assert SLUG.match(post["slug"]), post["slug"]
    for comment in comments:
        assert KEY.match(comment["key"]), comment["key"]
    for category in content["categories"]:
        assert SLUG.match(category["slug"]), category["slug"]
    assert len({a["login"] for a in content["authors"]}) == len(content["authors"])
    assert len({c["slug"] for c in content["categories"]}) == len(content["categories"])


def test_references_resolve(content):
    logins = {a["login"] for a in content["authors"]}
    category_slugs = {c["slug"] for c in content["categories"]}
    for post in content["posts"]:
        assert post["author"] in logins, post["key"]
        assert set(post["categories"]) <= category_slugs, post["key"]
        if post["type"] == "post":
            assert post["categories"], f"{post['key']} has no category"
        else:
            assert not post["categories"] and not post["tags"], "pages have no terms"
    keys = {p["key"] for p in content["posts"]}
    by_key = {c["key"]: c for c in content["comments"]}
    for comment in content["comments"]:
        assert comment["post"] in keys, comment["key"]
        if comment["parent"] is not None:
            parent = by_key[comment["parent"]]
            assert parent["post"] == comment["post"], f"{comment['key']} answers a comment on another post"


def test_strings_survive_wordpress_insert_functions(content):
    """The seeder passes strings to wp_insert_post/wp_insert_comment, which unslash them: no backslashes."""
    for record in content["posts"] + content["comments"]:
        for value in record.values():
            assert "\\" not in str(value), record["key"]


def test_terms_are_distinct_once_wordpress_makes_slugs(content):
    def slug(name: str) -> str:
        return "-".join(name.lower().translate(str.maketrans("åäöé", "aaoe")).split())

    tags = sorted({t for p in content["posts"] for t in p["tags"]})
    assert all("," not in t and t == t.strip() for t in tags)
    assert len({slug(t) for t in tags}) == len(tags), "two tags would get the same slug"
    category_names = {c["name"].lower() for c in content["categories"]}
    assert not category_names & {t.lower() for t in tags}, "a tag named like a category"


def test_posts_have_distinct_dates(content):
    dates = [p["date"] for p in content["posts"]]
    assert len(dates) == len(set(dates)), "listings and feeds need a stable order"


# ---------------------------------------------------------------- what the issue asks for


def test_enough_public_posts_over_two_years_by_two_authors(content):
    posts = public_posts(content)
    assert len(posts) >= 15
    dates = sorted(local(p["date"]) for p in posts)
    assert dates[-1] - dates[0] >= timedelta(days=730)
    assert {p["author"] for p in posts} == {a["login"] for a in content["authors"]}
    assert len(content["authors"]) >= 2
    assert len({c for p in posts for c in p["categories"]}) >= 3
    assert len({t for p in posts for t in p["tags"]}) >= 10
    assert all(p["tags"] for p in posts)


def test_special_posts_exist(content):
    posts = public_posts(content)
    closed = [p for p in posts if p["comment_status"] == "closed"]
    assert closed, "a public post with comments closed"
    assert any(c["status"] == "approved" for p in closed for c in comments_of(content, p["key"])), \
        "a closed post that still shows earlier comments"
    protected = protected_posts(content)
    assert len(protected) == 1 and protected[0]["status"] == "publish" and protected[0]["type"] == "post"
    assert any(c["status"] == "approved" for c in comments_of(content, protected[0]["key"])), \
        "the password post has approved comments (which must never be harvested)"
    assert [p["status"] for p in hidden_posts(content)].count("draft") == 1
    assert [p["status"] for p in hidden_posts(content)].count("private") == 1
    pages = [p for p in content["posts"] if p["type"] == "page"]
    assert len(pages) == 1 and public_pages(content) == pages
    assert not comments_of(content, pages[0]["key"]), "keep the page free of comments: it is neither post nor hidden"
    sticky = [p for p in content["posts"] if p["sticky"]]
    assert len(sticky) == 1 and sticky[0] in posts
    assert len([p for p in posts if p["images"]]) >= 3
    images = [i for p in posts for i in p["images"]]
    # the media audit needs one image without alt text, a gallery and a featured image
    assert len([i for i in images if not i["alt"]]) == 1
    assert len([i for i in images if i.get("placement") == "gallery"]) >= 2
    assert len([i for i in images if i.get("placement") == "featured"]) == 1
    assert all(not p["images"] for p in content["posts"] if p not in posts)


def test_titles_and_slugs_mix_swedish_letters_and_ascii(content):
    with_swedish = [p for p in public_posts(content) if re.search("[åäöÅÄÖ]", p["title"])]
    assert len(with_swedish) >= 5
    assert "energi-och-hallbarhet" in {c["slug"] for c in content["categories"]}


def test_comment_counts_and_threads(content):
    public = public_comments(content)
    depths = comment_depths(content)
    assert len(public) >= 40
    assert max(depths[c["key"]] for c in public) >= 4
    assert sum(1 for c in public if depths[c["key"]] >= 3) >= 10
    assert max(depths.values()) <= content["site"]["thread_comments_depth"]
    # With threading on, WordPress pages by top-level comments: more than 2 pages' worth means 3+ comment pages.
    top_level = Counter(c["post"] for c in public if c["parent"] is None)
    per_page = content["site"]["comments_per_page"]
    assert sum(1 for n in top_level.values() if n > 2 * per_page) >= 2
    assert sum(1 for n in Counter(c["post"] for c in public).values() if n > 10) >= 2
    assert any(c["type"] == "pingback" for c in public)
    assert any(c["author_url"] for c in public) and any(not c["author_url"] for c in public)


def test_pending_and_spam_comments_sit_on_open_public_posts(content):
    public_keys = {p["key"] for p in public_posts(content)}
    by_key = {c["key"]: c for c in content["comments"]}
    for status in ("pending", "spam"):
        found = [c for c in content["comments"] if c["status"] == status]
        assert len(found) == 1, status
        assert found[0]["post"] in public_keys
        assert post_by_key(content, found[0]["post"])["comment_status"] == "open"
    for comment in content["comments"]:
        if comment["parent"] is not None:
            assert by_key[comment["parent"]]["status"] == "approved", f"{comment['key']} answers an unapproved one"
        if comment["status"] != "approved":
            assert not any(c["parent"] == comment["key"] for c in content["comments"]), "no replies to hidden ones"


def test_public_and_hidden_comments_partition_the_file(content):
    public = {c["key"] for c in public_comments(content)}
    hidden = {c["key"] for c in hidden_comments(content)}
    assert not public & hidden
    assert public | hidden == {c["key"] for c in content["comments"]}
    hidden_post_keys = {p["key"] for p in protected_posts(content) + hidden_posts(content)}
    statuses = Counter(c["status"] for c in hidden_comments(content))
    assert statuses["pending"] == 1 and statuses["spam"] == 1
    assert any(c["post"] in hidden_post_keys and c["status"] == "approved" for c in hidden_comments(content))


def test_pingbacks_look_like_pingbacks(content):
    for comment in content["comments"]:
        if comment["type"] == "pingback":
            assert comment["parent"] is None and comment["author_url"] and comment["author_email"] == ""
            assert not any(c["parent"] == comment["key"] for c in content["comments"])
        else:
            assert re.match(r"^[^@\s]+@[^@\s]+\.[a-z]+$", comment["author_email"]), comment["key"]


def test_scripts_in_comments_are_escaped_text(content):
    texts = [c["content"] for c in public_comments(content)]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in t for t in texts)
    assert any("&lt;img src=x onerror=alert(1)&gt;" in t for t in texts)
    visible = [visible_text(t) for t in texts]
    assert any("<script>alert(1)</script>" in t for t in visible)
    assert any("<img src=x onerror=alert(1)>" in t for t in visible)
    for comment in content["comments"]:
        assert not re.search(r"<\s*(script|img|iframe|style)", comment["content"], re.I), comment["key"]
        assert not re.search(r"<(?!/?(p|a|em)\b)", comment["content"]), f"{comment['key']}: only <p>, <a>, <em>"


def test_theme_traps_are_in_the_public_text(content):
    text = " ".join(visible_text(p["content"]) for p in public_posts(content)).lower()
    for phrase in ("priset på bostadsrätter", "fått arbetsförmedlingens pris", "prisbelönta", "nominerad",
                   "vi fick inte priset", "det handlar inte om jämställdhet", "kommundirektör", "samhällsbygget",
                   "hyresgästföreningen", "energieffektivisering", "stambyte", "hyresförhandlingar",
                   "kommunstyrelsen", "nämnden", "digitalisering", "priset på solpaneler"):
        assert phrase in text, phrase


# ---------------------------------------------------------------- time


def test_dates_are_well_formed_unambiguous_and_in_the_past(content):
    tz = ZoneInfo(content["site"]["timezone"])
    for record in content["posts"] + content["comments"]:
        naive = local(record["date"])
        early, late = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
        assert early.utcoffset() == late.utcoffset(), f"{record['key']}: ambiguous at the DST change"
        assert early.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == naive, \
            f"{record['key']}: does not exist (DST gap)"
        assert naive < datetime(2022, 1, 1)


def test_comments_come_after_their_post_and_parent(content):
    posts = {p["key"]: p for p in content["posts"]}
    by_key = {c["key"]: c for c in content["comments"]}
    for comment in content["comments"]:
        assert local(comment["date"]) > local(posts[comment["post"]]["date"]), comment["key"]
        if comment["parent"] is not None:
            assert local(comment["date"]) > local(by_key[comment["parent"]]["date"]), comment["key"]
    for post_key in posts:
        dates = [c["date"] for c in comments_of(content, post_key)]
        assert len(dates) == len(set(dates)), f"{post_key}: two comments at the same second"


def test_to_utc():
    assert to_utc("2019-03-08 15:30:00") == datetime(2019, 3, 8, 14, 30, tzinfo=timezone.utc)
    assert to_utc("2020-06-05 14:20:00") == datetime(2020, 6, 5, 12, 20, tzinfo=timezone.utc)
    assert to_utc("2020-06-05 14:20:00", tz="UTC") == datetime(2020, 6, 5, 14, 20, tzinfo=timezone.utc)
    assert to_utc("2019-03-08 15:30:00").tzinfo is timezone.utc


# ---------------------------------------------------------------- text


def test_texturize_safe_text(content):
    """WordPress rewrites straight quotes, '...', '--' and smilies on display; the file avoids them so its text is
    exactly what the site shows."""
    for post in content["posts"]:
        for text in [post["title"], *text_blocks(post["content"])]:
            assert not TEXTURIZE_TRAPS.search(text), f"{post['key']}: {text!r}"
        assert "wordpress" not in post["content"].lower()
    for comment in content["comments"]:
        text = visible_text(comment["content"]).replace("<img src=x onerror=alert(1)>", "")
        assert not TEXTURIZE_TRAPS.search(text), f"{comment['key']}: {text!r}"


def test_body_snippets_are_in_single_blocks_of_the_visible_text(content):
    for post in public_posts(content) + public_pages(content):
        must = post["body_must_contain"]
        assert 2 <= len(must) <= 4, post["key"]
        blocks = text_blocks(post["content"])
        for snippet in must:
            assert snippet == normalize_space(snippet), f"{post['key']}: {snippet!r} is not whitespace-normalised"
            assert any(snippet in block for block in blocks), f"{post['key']}: {snippet!r} not within one block"


def test_forbidden_snippets_are_absent_and_cover_comments(content):
    for post in content["posts"]:
        body = normalize_space(visible_text(post["content"]))
        for snippet in post["body_must_not_contain"]:
            if post in public_posts(content) or post in public_pages(content):
                assert snippet not in body, f"{post['key']}: {snippet!r} is in the body"
        comments = [normalize_space(visible_text(c["content"])) for c in comments_of(content, post["key"])]
        if comments and post in public_posts(content):
            assert any(s in c for s in post["body_must_not_contain"] for c in comments), \
                f"{post['key']}: body_must_not_contain names none of its comments"


def test_hidden_posts_name_their_secret_text(content):
    for post in protected_posts(content) + hidden_posts(content):
        assert not post["body_must_contain"], post["key"]
        assert post["body_must_not_contain"], post["key"]
        body = normalize_space(visible_text(post["content"]))
        assert all(s in body for s in post["body_must_not_contain"]), post["key"]


def test_text_helpers():
    html = ("<!-- wp:paragraph -->\n<p>Ett  <em>stycke</em>&nbsp;här.<br>Ny rad</p>\n<!-- /wp:paragraph -->"
            "<ul><li>a</li><li>b &amp; c</li></ul><p>&lt;script&gt;x&lt;/script&gt;</p><script>dold()</script>")
    assert text_blocks(html) == ["Ett stycke här.", "Ny rad", "a", "b & c", "<script>x</script>"]
    assert visible_text("<p>x</p><p>y</p>") == "x\n\ny"


# ---------------------------------------------------------------- the seed post


def seed_file() -> Path:
    files = sorted(SEED_DIR.glob("*.txt"))
    if not files:
        pytest.fail(f"no seed post (*.txt) in {SEED_DIR}: the customer's original post, which the content file "
                    f"must reproduce, is a fixture of the repository")
    return files[0]


def test_seed_post_reproduces_the_seed_file(content):
    lines = seed_file().read_text(encoding="utf-8").splitlines()
    assert lines[0].strip() == SEED_TITLE
    chrome = lines.index(SEED_CHROME_START)
    seed_text = normalize_space("\n".join(lines[1:chrome]))
    post = post_by_key(content, SEED_POST_KEY)
    assert post["title"] == SEED_TITLE
    assert normalize_space(visible_text(post["content"])) == seed_text
    assert {"Fyll i dina uppgifter nedan", "Kommentera"} <= set(post["body_must_not_contain"])
    assert post in public_posts(content)
    assert post["date"].startswith("2019-03-08 1")
    assert local(post["date"]).weekday() == 4 and 12 <= local(post["date"]).hour < 18, "Friday afternoon"


# ---------------------------------------------------------------- helpers


def test_selection_helpers(content):
    assert post_by_key(content, SEED_POST_KEY)["title"] == SEED_TITLE
    with pytest.raises(KeyError):
        post_by_key(content, "no-such-post")
    thread = comments_of(content, "stambyte-fittja")
    assert [c["date"] for c in thread] == sorted(c["date"] for c in thread)
    assert all(c["post"] == "stambyte-fittja" for c in thread)
    synthetic = {"posts": [], "comments": [
        {"key": "a", "parent": None}, {"key": "c", "parent": "b"}, {"key": "b", "parent": "a"}]}
    assert comment_depths(synthetic) == {"a": 1, "b": 2, "c": 3}
