"""Incremental crawling: which post pages a nightly run must fetch, given what the archive already holds.

Pure functions. The warehouse writes the crawl state (``warehouse.state``): the live posts with their REST
``modified`` time, comment status and REST-visible comment ids, and the comment total the REST API reported last
time. The spider lists posts (cheap: 100 per request) and compares.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from crawler.items import CommentItem
from crawler.outputs import CRAWL_STATE_FILE  # noqa: F401  (re-exported: the run directory's state file)
from crawler.pages.discovery import PostRef


@dataclass
class KnownPost:
    """A live post as the archive knows it."""

    wp_post_id: int
    post_url: str
    modified_at: str | None
    comment_status: str | None
    comment_ids: frozenset[int]


@dataclass
class CrawlState:
    """What the archive knew of a site after its last successful run."""

    posts: dict[int, KnownPost]
    rest_comment_total: int | None

    @classmethod
    def read(cls, path: Path) -> CrawlState:
        return cls.read_dict(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def read_dict(cls, data: dict) -> CrawlState:
        posts = {
            int(p["wp_post_id"]): KnownPost(
                wp_post_id=int(p["wp_post_id"]), post_url=p["post_url"], modified_at=p.get("modified_at"),
                comment_status=p.get("comment_status"), comment_ids=frozenset(p.get("comment_ids") or ()))
            for p in data.get("posts", []) if p.get("wp_post_id") is not None
        }
        return cls(posts=posts, rest_comment_total=data.get("rest_comment_total"))


@dataclass
class HarvestPlan:
    """The post pages one incremental run fetches, and why."""

    fetch: list[PostRef] = field(default_factory=list)  # new or changed: harvest as in a full crawl
    confirm: list[PostRef] = field(default_factory=list)  # known but no longer listed: 404/410 = deleted
    unchanged: int = 0
    reasons: Counter = field(default_factory=Counter)


def _same_time(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    try:
        return dt.datetime.fromisoformat(a) == dt.datetime.fromisoformat(b)
    except ValueError:
        return a == b


def comments_by_post(comments: list[CommentItem]) -> dict[int | None, frozenset[int]]:
    out: dict[int | None, set[int]] = {}
    for c in comments:
        if c.wp_comment_id is not None:
            out.setdefault(c.wp_post_id, set()).add(c.wp_comment_id)
    return {k: frozenset(v) for k, v in out.items()}


def plan_harvest(state: CrawlState, listed: list[PostRef], rest_comments: list[CommentItem] | None) -> HarvestPlan:
    """Compare the REST listing (and, when it was read, the comment listing) with the archive's state.

    ``rest_comments`` is None when the comment listing was not read because its total had not changed: then
    no post's comments changed (an added, approved or deleted comment changes the total).
    """
    plan = HarvestPlan()
    current_comments = comments_by_post(rest_comments) if rest_comments is not None else None
    listed_ids = set()
    for ref in listed:
        if ref.wp_post_id is None:
            plan.fetch.append(ref)
            plan.reasons["no_id"] += 1
            continue
        listed_ids.add(ref.wp_post_id)
        known = state.posts.get(ref.wp_post_id)
        if known is None:
            reason = "new"
        elif not _same_time(known.modified_at, ref.modified_at):
            reason = "modified"
        elif ref.comment_status is not None and known.comment_status != ref.comment_status:
            reason = "comment_status"
        elif current_comments is not None and current_comments.get(ref.wp_post_id, frozenset()) != known.comment_ids:
            reason = "comments"
        else:
            plan.unchanged += 1
            continue
        plan.fetch.append(ref)
        plan.reasons[reason] += 1
    for post_id, known in state.posts.items():
        if post_id not in listed_ids:
            plan.confirm.append(PostRef(post_url=known.post_url, wp_post_id=post_id, source="state"))
            plan.reasons["unlisted"] += 1
    return plan
