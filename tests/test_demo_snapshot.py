"""The embedded demo's snapshot: served in-process, crawled by the real spider, it yields the test-bed blog."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.run import crawl_in_subprocess
from tests.wordpress import content as C
from wparchive.demo.snapshot import DEMO_SITE, serve_snapshot


def test_demo_snapshot_crawls_like_the_live_site(tmp_path: Path) -> None:
    content = C.load_content()
    with serve_snapshot(DEMO_SITE) as base_url:
        result = crawl_in_subprocess(base_url, tmp_path, profile="fast", timeout=300)
    assert result.error is None, result.error
    posts = [json.loads(line) for line in (tmp_path / "posts.jsonl").read_text().splitlines()]
    titles = {p["title"] for p in posts if not p["is_protected"]}
    assert titles == {p["title"] for p in C.public_posts(content)}
    comments = (tmp_path / "comments.jsonl").read_text().splitlines()
    assert len(comments) == len(C.public_comments(content))
    assert all(p["post_url"].startswith(base_url) for p in posts)  # the captured host was rewritten
    assert result.stats["responses_by_status"] == {"200": result.stats["responses"]}
