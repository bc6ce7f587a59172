"""Page object for home and archive listings: the posts it links to and the next (older) page."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urldefrag

from crawler.pages import selectors as S
from crawler.pages.document import Page


@dataclass
class ListingPage:
    """Post permalinks on a listing page (page order, no duplicates) and the link to the next page."""

    post_urls: list[str] = field(default_factory=list)
    next_page_url: str | None = None


def extract_listing_page(html: bytes | str, url: str | None = None, content_type: str | None = None) -> ListingPage:
    """Links to posts (first LISTING_POST_LINKS selector that finds any) and the next page's URL."""
    page = Page.parse(html, url, content_type)
    if page is None:
        return ListingPage()
    here = urldefrag(url)[0] if url else None
    posts: list[str] = []
    for sel in S.LISTING_POST_LINKS:
        for href in sel(page.index):
            link = page.absolute(str(href))
            if link:
                link = urldefrag(link)[0]
                if link != here and link not in posts:
                    posts.append(link)
        if posts:
            break
    next_url = None
    for sel in S.LISTING_NEXT:
        for href in sel(page.index):
            link = page.absolute(str(href))
            if link and urldefrag(link)[0] != here:
                next_url = link
                break
        if next_url:
            break
    return ListingPage(post_urls=posts, next_page_url=next_url)
