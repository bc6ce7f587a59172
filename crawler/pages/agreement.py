"""The page reading of a post measured against what REST says about it: one ``AgreementItem`` per post.

Pure: two readings of the same post in, a comparison out. Body similarity is the 4-gram shingle F1 that
``../shared/corpora/score.py`` computes (ScrapingHub's article-extraction metric: ``\\w+`` tokens, shingle
multisets), so a crawl's numbers and the corpus benchmark's mean the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from crawler.items import AgreementItem, CommentItem, PostItem

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str | None, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_f1(reference: str | None, candidate: str | None, n: int = 4) -> float:
    """F1 of ``candidate``'s n-gram shingles against ``reference``'s (1.0 when both are empty)."""
    ref, cand = _shingles(reference, n), _shingles(candidate, n)
    tp = sum((ref & cand).values())
    fp = sum((cand - ref).values())
    fn = sum((ref - cand).values())
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def _same_time(page: str | None, rest: str | None) -> bool | None:
    """Equal to the second when the page gives a zoned time; None when it prints only a day or no date (a
    theme's choice, not a misreading)."""
    if not page or not rest or len(page) < 19 or not re.search(r"(Z|[+-]\d\d:?\d\d)$", page):
        return None
    return dt.datetime.fromisoformat(page.replace("Z", "+00:00")) == dt.datetime.fromisoformat(rest)


def _same_terms(page: list[str], rest: list[str]) -> bool:
    return sorted(" ".join(t.split()).casefold() for t in page) == sorted(" ".join(t.split()).casefold() for t in rest)


def compare(page: PostItem, rest: PostItem, page_comments: list[CommentItem], rest_comment_ids: set[int]) -> AgreementItem:
    """``page``: what the page reading alone made of the post; ``rest``: the post with REST's fields."""
    page_ids = {c.wp_comment_id for c in page_comments if c.wp_comment_id is not None}
    return AgreementItem(
        post_url=rest.post_url,
        wp_post_id=rest.wp_post_id,
        is_title_equal=(page.title or "") == (rest.title or ""),
        is_date_equal=_same_time(page.published_at, rest.published_at),
        is_author_equal=None if rest.field_sources.get("author") != "rest" else page.author == rest.author,
        is_categories_equal=_same_terms(page.categories, rest.categories),
        is_tags_equal=_same_terms(page.tags, rest.tags),
        body_f1=None if rest.is_protected else round(shingle_f1(rest.body_text, page.body_text), 4),
        page_comment_count=len(page_ids),
        page_comments_not_in_rest=len(page_ids - rest_comment_ids),
        page_title=page.title,
        rest_title=rest.title,
        page_author=page.author,
        page_published_at=page.published_at,
    )
