"""Reading a crawl's run directory back in tests and benchmarks: its JSONL files, and the crawl state the archive
would hold after loading it (``warehouse.state`` writes that state from the archive in the nightly flow)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crawler.outputs import read_jsonl  # noqa: F401  (tests read run directories with the crawler's own reader)




def state_from_run(run_dir: Path, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """The archive's state after loading ``run_dir`` on top of ``previous`` (posts not fetched stay as they were)."""
    posts = {p["wp_post_id"]: p for p in (previous or {}).get("posts", [])}
    comments = read_jsonl(run_dir / "comments.jsonl")
    for post in read_jsonl(run_dir / "posts.jsonl"):
        posts[post["wp_post_id"]] = {
            "wp_post_id": post["wp_post_id"], "post_url": post["post_url"], "modified_at": post["modified_at"],
            "comment_status": post["comment_status"], "is_protected": post["is_protected"],
            "comment_ids": sorted(c["wp_comment_id"] for c in comments
                                  if c["wp_post_id"] == post["wp_post_id"] and c["comment_type"] == "comment")}
    for drop in read_jsonl(run_dir / "drops.jsonl"):
        if drop["reason"].startswith("gone_"):
            posts = {k: v for k, v in posts.items() if v["post_url"] != drop["detail"]}
    stats = json.loads((run_dir / "stats.json").read_text())
    return {"posts": list(posts.values()), "rest_comment_total": stats["discovery"].get("rest_comment_total")}
