"""The run directory's file names: what a crawl writes (crawler/extensions.py) and the flows read.

Its own module, free of Scrapy, so the flow's process can name the files without importing the crawler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crawler.items import (
    AgreementItem,
    CommentFormItem,
    CommentItem,
    DiscoveredPostItem,
    DropItem,
    MediaFetchItem,
    MediaItem,
    PostItem,
)

ITEM_FILES: dict[type, str] = {
    PostItem: "posts.jsonl",
    CommentItem: "comments.jsonl",
    CommentFormItem: "comment_forms.jsonl",
    DropItem: "drops.jsonl",
    DiscoveredPostItem: "discovered.jsonl",
    AgreementItem: "agreement.jsonl",
    MediaItem: "media.jsonl",
    MediaFetchItem: "media_fetches.jsonl",
}
REQUEST_LOG = "requests.jsonl"
STATS_FILE = "stats.json"
# Where the flow leaves an incremental run's input in its run directory (a replay of the run reads it too).
CRAWL_STATE_FILE = "crawl_state.json"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file of the run directory. Lines end at "\n" only: str.splitlines() also cuts at
    U+2028/U+2029 and \x1c–\x1e, which JSON writes raw inside strings (a post's text can hold one)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
