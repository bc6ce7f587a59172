"""The REST listing's page count: what the crawler believes of WordPress's paging headers."""

from __future__ import annotations

from crawler.bounds import believable_last_page


def test_paging_headers_believed_where_they_agree() -> None:
    assert believable_last_page("250", "3", 100) == (3, None)
    assert believable_last_page("250", "9", 100)[0] == 3  # a total page count that disagrees: the total decides
    assert "disagrees" in believable_last_page("250", "9", 100)[1]
    assert believable_last_page(None, None, 100) == (None, None)  # read page by page until the listing ends


def test_an_empty_listings_zero_pages_agrees_with_its_zero_total() -> None:
    """WordPress sends X-WP-TotalPages 0 with X-WP-Total 0 (a black-box tester's round 6 saw "0 disagrees with 0")."""
    assert believable_last_page("0", "0", 100) == (1, None)
