"""Pure extraction: page objects that turn a page's bytes and URL into items (no Scrapy, no I/O, no clock).

Public API
  extract_post_page(html, url=None, content_type=None) -> PostPage   the post, its comments, form, comment pages
  extract_listing_page(html, url=None, content_type=None) -> ListingPage  post links and the next listing page
  extract_page(html, url=None, content_type=None) -> dict  the corpus scorer's schema (/work/shared/corpora/score.py)

`content_type` is the HTTP Content-Type header when the page came over HTTP: its charset decides the decoding.
"""

from __future__ import annotations

from crawler.pages.listing import ListingPage, extract_listing_page
from crawler.pages.post import PostPage, extract_post_page, read_page

__all__ = ["ListingPage", "PostPage", "extract_listing_page", "extract_page", "extract_post_page"]


def extract_page(html: bytes | str, url: str | None = None, content_type: str | None = None) -> dict:
    """The page in score.py's schema: title, text, author, date, categories, tags, comments, comment_form.

    Built on the same reading as `extract_post_page`; for pages that are not recognisably single posts the
    main text is still returned (best effort), comments and form included when present. `date` is the local
    calendar date the page states (the scorer compares days); comment dates are the items' UTC values.
    """
    reading = read_page(html, url, content_type)
    if reading is None:
        return {"title": None, "text": "", "comments": [], "comment_form": {"present": False, "open": False}}
    post, page = reading.post, reading.page
    form = page.comment_form
    comments = []
    for c in reading.comments:
        comments.append({
            "id": c.wp_comment_id,
            "author": c.author_name,
            "author_url": c.author_url,
            "date": c.published_at,
            "text": c.body_text or "",
            "parent": c.parent_wp_comment_id,
            "depth": c.depth,
            "type": c.comment_type,
        })
    return {
        "title": post.title,
        "text": post.body_text or "",
        "author": post.author,
        "date": reading.published.local_date() if reading.published else None,
        "modified": reading.modified.local_date() if reading.modified else None,
        "categories": post.categories,
        "tags": post.tags,
        "language": post.language,
        "is_post": reading.is_single_post,
        "comments": comments,
        "comment_form": {
            "present": form.is_present,
            "open": form.is_open,
            "kind": form.form_kind,
            "closed_notice": form.closed_notice,
            "fields": [f.name for f in form.fields],
            "required": [f.name for f in form.fields if f.is_required],
            "hidden_fields": form.hidden_fields,
            "login_options": form.login_providers,
            "requires_login": form.requires_login,
            "action": form.action_url,
        },
    }

