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


# the UTC offsets a clock can show (UTC−12:00 … UTC+14:00)
_OFFSETS = (dt.timedelta(hours=-12), dt.timedelta(hours=14))


def _same_time(page: str | None, rest: str | None) -> bool | None:
    """Equal to the second when the page gives a zoned time. A page without a zone (a local time, or only a day,
    as many themes print) agrees when REST's instant reads as that time or day in some time zone: a misreading
    (another date on the page) still shows, a theme's choice of precision does not. None without a date."""
    if not page or not rest:
        return None
    instant = dt.datetime.fromisoformat(rest.replace("Z", "+00:00"))
    if len(page) >= 19 and re.search(r"(Z|[+-]\d\d:?\d\d)$", page):
        return dt.datetime.fromisoformat(page.replace("Z", "+00:00")) == instant
    if instant.tzinfo is None:
        return None
    utc = instant.astimezone(dt.timezone.utc).replace(tzinfo=None)
    try:
        local = dt.datetime.fromisoformat(page)
    except ValueError:
        return None
    if len(page) == 10:  # a day only
        return (utc + _OFFSETS[0]).date() <= local.date() <= (utc + _OFFSETS[1]).date()
    if local.second == 0:  # "10:23": the page printed no seconds
        utc = utc.replace(second=0, microsecond=0)
    shift = local - utc
    return _OFFSETS[0] <= shift <= _OFFSETS[1] and shift % dt.timedelta(minutes=15) == dt.timedelta(0)


def _same_terms(page: list[str], rest: list[str]) -> bool:
    return sorted(" ".join(t.split()).casefold() for t in page) == sorted(" ".join(t.split()).casefold() for t in rest)


def compare(page: PostItem, rest: PostItem, page_comments: list[CommentItem], rest_comment_ids: set[int],
            is_split: bool = False) -> AgreementItem:
    """``page``: what the page reading alone made of the post; ``rest``: the post with REST's fields; ``is_split``:
    the post is split into pages (<!--nextpage-->), so its page shows one part of the text REST gives whole."""
    page_ids = {c.wp_comment_id for c in page_comments if c.wp_comment_id is not None}
    return AgreementItem(
        post_url=rest.post_url,
        wp_post_id=rest.wp_post_id,
        is_title_equal=(page.title or "") == (rest.title or ""),
        is_date_equal=_same_time(page.published_at, rest.published_at),
        # (a password-protected post whose page names no author, or no terms: themes of the Divi kind show such a
        # post's title only, as its body, so there is nothing to compare, as for a page without a date)
        is_author_equal=None if rest.field_sources.get("author") != "rest" or (rest.is_protected and not page.author)
        else page.author == rest.author,
        is_categories_equal=None if rest.is_protected and not page.categories
        else _same_terms(page.categories, rest.categories),
        is_tags_equal=None if rest.is_protected and not page.tags else _same_terms(page.tags, rest.tags),
        body_f1=None if rest.is_protected or is_split else round(shingle_f1(rest.body_text, page.body_text), 4),
        page_comment_count=len(page_ids),
        page_comments_not_in_rest=len(page_ids - rest_comment_ids),
        page_title=page.title,
        rest_title=rest.title,
        page_author=page.author,
        page_published_at=page.published_at,
    )
