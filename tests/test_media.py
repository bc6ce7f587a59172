"""Media capture on the real test bed: every image of every public post is archived (WARC) or named in a drop,
the media audit lists exactly the images the content file has without alt text, and an image taken out of a
post shows as removed after the next (incremental) run — whose media requests are only the re-fetched post's."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from crawler.pages.media import extract_media, image_size, largest_srcset_candidate, stylesheet_refs
from tests.test_incremental_e2e import Archive
from tests.wordpress.content import load_content, public_posts
from tests.wordpress.testbed import Site
from warehouse.db import query

CONTENT = load_content()


def _public_images() -> dict[str, dict]:
    """File name → image record, for every image of a public post in the content file."""
    return {image["file"]: {**image, "post": post["key"]} for post in public_posts(CONTENT) for image in post["images"]}


@pytest.mark.wordpress
def test_every_public_image_is_archived_and_audited(testbed_archive: Path) -> None:
    _, rows = query(testbed_archive, "SELECT url, kind, alt_text, has_alt_text, status, NOT is_broken, width, height, "
                                     "payload_digest, problem FROM audit_media")
    audited = {url.rsplit("/", 1)[-1]: row for url, *row in [(r[0], *r[1:]) for r in rows]}
    expected = _public_images()
    assert set(expected) <= set(audited), set(expected) - set(audited)
    for name, image in expected.items():
        kind, alt, has_alt, status, is_image, width, height, digest, problem = audited[name]
        assert kind == ("featured_image" if image.get("placement") == "featured" else "image"), name
        assert (alt or "") == image["alt"] and has_alt == bool(image["alt"]), name
        assert status == 200 and is_image and (width, height) == (800, 450) and digest, name
        assert problem == (None if image["alt"] else "no alt text"), name
    # the audit's "no alt text" list is exactly the content file's images without alt (on live posts)
    without_alt = {url.rsplit("/", 1)[-1] for url, *_ in
                   query(testbed_archive, "SELECT url FROM audit_media WHERE NOT has_alt_text")[1]}
    assert without_alt == {n for n, i in expected.items() if not i["alt"]}
    # each image's bytes are in the WARC index, as a 200 with the digest the audit shows
    _, captured = query(testbed_archive, "SELECT m.url FROM audit_media m JOIN captures c "
                                         "ON c.url = m.url AND c.payload_digest = m.payload_digest AND c.status = 200")
    assert {u.rsplit("/", 1)[-1] for (u,) in captured} >= set(expected)
    # the theme's stylesheet was fetched too (replay needs it), and nothing was capped or failed
    _, styles = query(testbed_archive, "SELECT count(*) FROM media_fetches WHERE content_type = 'text/css' "
                                       "AND status = 200")
    assert styles[0][0] >= 1
    _, dropped = query(testbed_archive, "SELECT reason, url FROM crawl_drops WHERE reason LIKE 'media%'")
    assert dropped == []


@pytest.mark.wordpress
def test_a_removed_image_is_reported_and_incremental_runs_fetch_only_changed_posts_media(
        wordpress: Callable[[str], Site], tmp_path: Path) -> None:
    site = wordpress("tt3")
    site.reset()
    try:
        archive = Archive(site, tmp_path)
        first = archive.run()
        assert first["scrapy"].get("wparchive/media/requests", 0) >= 9
        post = next(p for p in public_posts(CONTENT) if p["key"] == "solceller-hallunda")
        site.mutate("edit_post", post=post["key"], content=post["content"])  # the text without its two images
        second = archive.run()
        assert second["mode"] == "incremental"
        # only the edited post was re-read; its page's requisites were already archived, its images are gone
        assert second["scrapy"].get("wparchive/media/requests", 0) <= 6
        _, removed = query(archive.db, "SELECT url, change FROM audit_media_changes WHERE run_id = $r "
                                       "ORDER BY url", {"r": second["run_id"]})
        assert [(u.rsplit("/", 1)[-1], c) for u, c in removed] == [
            ("solceller-hallunda.png", "removed"), ("vaxelriktare-hallunda.png", "removed")]
        _, without_alt = query(archive.db, "SELECT count(*) FROM audit_media WHERE NOT has_alt_text")
        assert without_alt[0][0] == 0
    finally:
        site.reset()


def test_page_object_reads_srcset_alt_caption_and_requisites() -> None:
    page = b"""<html><head><link rel="stylesheet" href="/style.css"><link rel="icon" href="/i.png">
    <script src="/a.js"></script><script>inline()</script></head><body class="single postid-3">
    <div class="post-thumbnail"><img class="wp-post-image" src="/f-300.jpg" srcset="/f-300.jpg 300w, /f-1024.jpg 1024w"
    alt="Front"></div><div class="entry-content"></div></body></html>"""
    body = ('<figure><img src="/a.png" width="10" height="20"><figcaption>Cap</figcaption></figure>'
            '<img src="data:image/gif;base64,R0lGOD" data-lazy-src="/lazy.png" alt="">')
    items = extract_media(page, "http://blog.example/p/", body)
    got = [(i.kind, i.url.rsplit("/", 1)[-1], i.alt_text, i.caption, i.declared_width) for i in items]
    assert got == [("image", "a.png", None, "Cap", 10), ("image", "lazy.png", "", None, None),
                   ("featured_image", "f-300.jpg", "Front", None, None),
                   ("featured_image", "f-1024.jpg", "Front", None, None),
                   ("stylesheet", "style.css", None, None, None), ("script", "a.js", None, None, None),
                   ("icon", "i.png", None, None, None)]
    assert largest_srcset_candidate("a.jpg 1x, b.jpg 2x") == "b.jpg"
    assert stylesheet_refs(b"@import 'x.css'; a{background:url(\"/bg.png\")} @font-face{src:url(f.woff2)}",
                           "http://blog.example/wp/style.css") == [
        "http://blog.example/wp/x.css", "http://blog.example/bg.png", "http://blog.example/wp/f.woff2"]
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big")
    assert image_size(png) == (640, 480) and image_size(b"<html>") is None


@pytest.mark.wordpress
def test_media_has_its_own_caps_and_never_makes_a_run_incomplete(wordpress: Callable[[str], Site],
                                                                  tmp_path: Path, monkeypatch) -> None:
    from crawler.run import crawl_in_subprocess

    site = wordpress("tt1")
    monkeypatch.setenv("WPARCHIVE_MEDIA", "0")
    pages_only = crawl_in_subprocess(site.base_url + "/", tmp_path / "pages", profile="fast", timeout=300)
    assert pages_only.error is None and pages_only.stats["scrapy"].get("wparchive/media/requests", 0) == 0
    monkeypatch.setenv("WPARCHIVE_MEDIA", "1")
    # exactly the pages' requests allowed: the media on top must neither be refused nor cap the run
    with_media = crawl_in_subprocess(site.base_url + "/", tmp_path / "media", profile="fast", timeout=300,
                                     max_requests=pages_only.stats["requests"])
    assert with_media.error is None
    assert with_media.stats["scrapy"]["wparchive/media/requests"] >= 9
    assert not with_media.stats["is_capped"] and "refused_request_cap" not in with_media.stats["drops"]
    fetched = [json.loads(line) for line in (tmp_path / "media" / "media_fetches.jsonl").read_text().splitlines()]
    assert fetched and all(f["status"] == 200 for f in fetched)
    assert not any("gravatar" in f["url"] or "/avatar/" in f["url"] for f in fetched)


@pytest.mark.wordpress
def test_report_shows_the_media_audit(testbed_archive: Path, tmp_path: Path) -> None:
    from lxml import html as lxml_html

    from report import build_report

    build_report(testbed_archive, tmp_path / "report.html")
    page = lxml_html.fromstring((tmp_path / "report.html").read_bytes())
    rows = page.xpath("//table[@id='media-problems']/tbody/tr")
    problems = {tuple(td.text_content().strip() for td in row.xpath("td"))[-2:] for row in rows}
    without_alt = {n for n, i in _public_images().items() if not i["alt"]}
    assert problems == {(name, "ingen alt-text") for name in without_alt}  # a Swedish site: Swedish words
    authors = page.xpath("//table[@id='media-authors']/tbody/tr/td[last()-1]/text()")
    assert sum(int(n) for n in authors) == len(without_alt)
