"""The REST listing's page count: what the crawler believes of WordPress's paging headers."""

from __future__ import annotations

from crawler.bounds import DiscoveryBounds, believable_last_page


def test_paging_headers_believed_where_they_agree() -> None:
    assert believable_last_page("250", "3", 100) == (3, None)
    assert believable_last_page("250", "9", 100)[0] == 3  # a total page count that disagrees: the total decides
    assert "disagrees" in believable_last_page("250", "9", 100)[1]
    assert believable_last_page(None, None, 100) == (None, None)  # read page by page until the listing ends


def test_an_empty_listings_zero_pages_agrees_with_its_zero_total() -> None:
    """WordPress sends X-WP-TotalPages 0 with X-WP-Total 0 (a black-box tester's round 6 saw "0 disagrees with 0")."""
    assert believable_last_page("0", "0", 100) == (1, None)


def test_a_full_last_page_is_read_past_one_page_at_a_time() -> None:
    """Black-box round 11: stale headers (X-WP-Total 100, X-WP-TotalPages 1) on a blog of 130 posts: page 1 came full
    and page 2 was never asked for; 30 posts were missing from a night called complete. A full last page is now read
    past, one page at a time: an honest blog of exactly 100 posts pays one request (a 400 that is no truncation)."""
    stale = DiscoveryBounds()
    assert stale.start_rest("rest_posts", "100", "1", 100, list(range(100))) == [2]
    assert stale.rest_page("rest_posts", 2, list(range(100, 130))) == []  # short: the end
    assert not any(s["is_truncating"] for s in stale.stops)
    honest = DiscoveryBounds()
    assert honest.start_rest("rest_posts", "200", "2", 100, list(range(100))) == [2]
    assert honest.rest_page("rest_posts", 2, list(range(100, 200))) == [3]
    honest.rest_failed("rest_posts", 3, 400)
    assert not any(s["is_truncating"] for s in honest.stops)
    assert honest.rest_page("rest_posts", 3, list(range(200, 300))) == []  # (stopped: nothing more is asked)
