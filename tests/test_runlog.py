"""The one line per site and run that cron mail and journald show."""

from __future__ import annotations

from flows.runlog import site_summary_line


def test_an_incomplete_night_does_not_read_as_a_plain_success() -> None:
    """A black-box tester's round 7: a night whose every post page answered 503 said "succeeded, full crawl: 0
    posts"; only is_complete knew better."""
    row = {"site_name": "exempelbloggen", "status": "succeeded", "is_complete": False, "mode": "full", "posts_count": 0,
           "comments_count": 0, "drops_count": 8, "crawl_seconds": 8.0}
    line = site_summary_line(row)
    assert line.startswith("exempelbloggen: succeeded but incomplete (8 pages or listings not read; nothing it missed "
                           "counts as deleted), full crawl: 0 posts")
    assert site_summary_line({**row, "is_complete": True}).startswith("exempelbloggen: succeeded, full crawl")
