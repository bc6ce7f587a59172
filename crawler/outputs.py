"""The run directory's file names: what a crawl writes (crawler/extensions.py) and the flows read.

Its own module, free of Scrapy, so the flow's process can name the files without importing the crawler."""

from __future__ import annotations

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
