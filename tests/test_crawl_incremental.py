"""Incremental crawls against the real test bed: a no-change run is a handful of requests, and each mutation
makes the next run fetch exactly what changed.

The crawl state here is built from the previous run's own output, the same facts the warehouse keeps
(``warehouse.state`` writes it from the archive in the nightly flow).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crawler.incremental import CrawlState, plan_harvest
from crawler.items import CommentItem
from crawler.pages.discovery import PostRef
from crawler.run import crawl_in_subprocess
from tests.rundir_support import read_jsonl, state_from_run
from tests.wordpress.testbed import Site

pytestmark = pytest.mark.wordpress


class Nightly:
    """Consecutive runs against one site, each incremental on the state the previous ones left."""

    def __init__(self, site: Site, root: Path):
        self.site, self.root, self.n = site, root, 0
        self.state: dict[str, Any] | None = None

    def run(self, *, full: bool = False) -> tuple[Path, dict[str, Any]]:
        self.n += 1
        run_dir = self.root / f"run{self.n}"
        state_path = None
        if self.state is not None and not full:
            state_path = self.root / f"state{self.n}.json"
            state_path.write_text(json.dumps(self.state))
        result = crawl_in_subprocess(self.site.base_url + "/", run_dir, profile="fast", state=state_path,
                                     timeout=300)
        assert result.error is None, result.error
        self.state = state_from_run(run_dir, None if full else self.state)
        return run_dir, result.stats


@pytest.fixture
def nightly(wordpress: Callable[[str], Site], tmp_path: Path):
    site = wordpress("tt1")
    site.reset()
    yield Nightly(site, tmp_path)
    site.reset()


def test_no_change_run_costs_at_most_a_few_requests(nightly: Nightly) -> None:
    _run, full = nightly.run(full=True)
    run_dir, again = nightly.run()
    assert again["mode"] == "incremental"
    assert read_jsonl(run_dir / "posts.jsonl") == [] and read_jsonl(run_dir / "comments.jsonl") == []
    # robots.txt, the home page, one page of the post listing, one of the comment listing.
    assert again["requests"] <= 5 < full["requests"]


def test_each_mutation_is_fetched_by_the_next_run(nightly: Nightly) -> None:
    site = nightly.site
    nightly.run(full=True)

    site.mutate("edit_post", post="analysdagar", title="Analysdagar i kommunen (uppdaterad)")
    run_dir, stats = nightly.run()
    posts = read_jsonl(run_dir / "posts.jsonl")
    assert [p["title"] for p in posts] == ["Analysdagar i kommunen (uppdaterad)"]
    assert stats["discovery"]["incremental"]["reasons"] == {"modified": 1}

    site.mutate("add_comment", post="valkommen", content="En helt ny kommentar om hyrorna.")
    run_dir, stats = nightly.run()
    assert [p["wp_post_id"] for p in read_jsonl(run_dir / "posts.jsonl")] == [site.post_id("valkommen")]
    texts = [c["body_text"] for c in read_jsonl(run_dir / "comments.jsonl")]
    assert "En helt ny kommentar om hyrorna." in texts

    site.mutate("approve_comment", comment="sommarjobb-pending")
    run_dir, _stats = nightly.run()
    ids = {c["wp_comment_id"] for c in read_jsonl(run_dir / "comments.jsonl")}
    assert site.comment_id("sommarjobb-pending") in ids

    site.mutate("delete_comment", comment="valkommen-2")
    run_dir, _stats = nightly.run()
    posts = read_jsonl(run_dir / "posts.jsonl")
    assert [p["wp_post_id"] for p in posts] == [site.post_id("valkommen")]
    ids = {c["wp_comment_id"] for c in read_jsonl(run_dir / "comments.jsonl")}
    assert site.comment_id("valkommen-2") not in ids and site.comment_id("valkommen-1") in ids

    site.mutate("close_comments", post="hyresgastmote-alby")
    run_dir, _stats = nightly.run()
    forms = read_jsonl(run_dir / "comment_forms.jsonl")
    assert [(f["wp_post_id"], f["is_open"]) for f in forms] == [(site.post_id("hyresgastmote-alby"), False)]

    site.mutate("trash_post", post="solceller-hallunda")
    run_dir, _stats = nightly.run()
    drops = read_jsonl(run_dir / "drops.jsonl")
    assert [(d["reason"], d["detail"]) for d in drops] == [("gone_404", site.post_url("solceller-hallunda"))]

    site.mutate("restore_post", post="solceller-hallunda")
    run_dir, _stats = nightly.run()
    assert [p["wp_post_id"] for p in read_jsonl(run_dir / "posts.jsonl")] == [site.post_id("solceller-hallunda")]

    run_dir, stats = nightly.run()
    assert read_jsonl(run_dir / "posts.jsonl") == [] and stats["requests"] <= 5


def test_plan_treats_an_unchanged_comment_total_as_no_comment_change() -> None:
    state = CrawlState.read_dict({"posts": [{"wp_post_id": 1, "post_url": "http://x/a/", "modified_at":
                                             "2024-01-01T00:00:00+00:00", "comment_status": "open",
                                             "comment_ids": [5]}], "rest_comment_total": 1})
    listed = [PostRef("http://x/a/", 1, modified_at="2024-01-01T00:00:00Z", comment_status="open")]
    assert plan_harvest(state, listed, None).fetch == []
    moved = [CommentItem(wp_post_id=1, wp_comment_id=6)]
    assert [r.wp_post_id for r in plan_harvest(state, listed, moved).fetch] == [1]
    assert [r.post_url for r in plan_harvest(state, [], None).confirm] == ["http://x/a/"]
