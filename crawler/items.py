"""The data contract: one dataclass per JSONL file of a run directory; field names = JSONL keys = raw columns.

Times are ISO 8601 strings in UTC (``2019-03-08T14:30:00+00:00``) or None when the source does not say. A page
that prints a time without its zone gives it without an offset (``2019-03-08T14:30:00``, the blog's wall clock:
the cleaning step applies the site's configured time zone), and a page that prints only a day gives the day.
Page objects fill everything they can read from a page; the spider adds what only it knows
(``site``, ``fetched_at``, ``source``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PostItem:
    """One public post as seen on its permalink page (and, where open, the REST API). -> posts.jsonl"""

    site: str | None = None
    post_url: str | None = None
    wp_post_id: int | None = None
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    modified_at: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    body_html: str | None = None
    body_text: str | None = None
    language: str | None = None
    is_protected: bool = False
    comment_status: str | None = None  # "open" | "closed"
    comment_count: int | None = None
    source: str | None = None  # "html" | "rest+html" | "wpcom+html" | "reextract"
    fetched_at: str | None = None
    is_sticky: bool | None = None  # None when the source does not say (only REST does)
    excerpt: str | None = None  # the post's own excerpt as REST gives it (a page shows none on its permalink)
    # Which source gave each field: {"title": "rest", "author": "page", …} ("rest" | "page" | "feed").
    field_sources: dict[str, str] = field(default_factory=dict)


@dataclass
class CommentItem:
    """One approved, public comment. -> comments.jsonl"""

    site: str | None = None
    post_url: str | None = None
    wp_post_id: int | None = None
    wp_comment_id: int | None = None
    parent_wp_comment_id: int | None = None  # None at top level
    author_name: str | None = None
    author_url: str | None = None
    published_at: str | None = None
    body_text: str | None = None
    depth: int | None = None  # 1 at top level
    comment_type: str = "comment"  # "comment" | "pingback" | "trackback"
    source: str | None = None  # "rest" | "html"
    fetched_at: str | None = None


@dataclass
class FormField:
    """One visible input of a comment form."""

    name: str
    type: str
    is_required: bool = False
    label: str | None = None


@dataclass
class CommentFormItem:
    """What a post's page asks of a visitor who wants to comment. Never submitted. -> comment_forms.jsonl"""

    site: str | None = None
    post_url: str | None = None
    wp_post_id: int | None = None
    is_present: bool = False
    is_open: bool = False
    form_kind: str | None = None  # wordpress-core | wpcom-highlander | jetpack-iframe | wpcom-js | wpdiscuz | disqus | other
    closed_notice: str | None = None
    action_url: str | None = None
    method: str | None = None
    fields: list[FormField] = field(default_factory=list)
    hidden_fields: list[str] = field(default_factory=list)
    login_providers: list[str] = field(default_factory=list)
    requires_login: bool = False
    has_cookie_consent: bool = False
    has_subscription_options: bool = False
    fetched_at: str | None = None


@dataclass
class MediaItem:
    """One image or page requisite a post's page shows or needs, as the page declares it. -> media.jsonl

    What the server answered for it (status, type, bytes, payload digest) is in the run's WARC captures, joined
    by URL in the warehouse; ``width``/``height`` here are the pixel size read from the image as served.
    """

    site: str | None = None
    post_url: str | None = None
    wp_post_id: int | None = None
    url: str | None = None
    kind: str = "image"  # image | featured_image | stylesheet | script | font | icon
    position: int = 0  # order on the page within its kind
    alt_text: str | None = None  # None: the img has no alt attribute; "": an empty alt (decorative)
    caption: str | None = None
    declared_width: int | None = None  # the img's width/height attributes
    declared_height: int | None = None
    fetched_at: str | None = None


@dataclass
class MediaFetchItem:
    """What the server answered for one media URL this run (once per URL). -> media_fetches.jsonl"""

    site: str | None = None
    url: str | None = None
    status: int | None = None
    content_type: str | None = None
    byte_count: int | None = None
    width: int | None = None  # pixels, read from the image's own header
    height: int | None = None
    is_image: bool = False  # the payload is an image format we recognise (PNG, GIF, JPEG, WebP, SVG)
    fetched_at: str | None = None


@dataclass
class DropItem:
    """A page or record the crawler could not turn into items, with the reason. -> drops.jsonl"""

    site: str | None = None
    url: str | None = None
    reason: str = ""
    detail: str | None = None  # for a post page: the post's URL as discovery found it
    error: str | None = None  # the failure, in words, when a download failed
    fetched_at: str | None = None


@dataclass
class DiscoveredPostItem:
    """One post a discovery source listed; each must end as an archived post or a drop naming it.
    -> discovered.jsonl"""

    site: str | None = None
    post_url: str | None = None  # normalised, as requested
    wp_post_id: int | None = None
    sources: list[str] = field(default_factory=list)  # rest | sitemap | feed | listing
    is_planned: bool = True  # False: an incremental run left it unchanged (already archived)


@dataclass
class AgreementItem:
    """The page reading of one post measured against REST, field by field. -> agreement.jsonl"""

    site: str | None = None
    post_url: str | None = None
    wp_post_id: int | None = None
    is_title_equal: bool | None = None
    is_date_equal: bool | None = None  # a zone-less time or a day only: equal in some time zone; None: no date
    is_author_equal: bool | None = None  # None: REST hides its users
    is_categories_equal: bool | None = None
    is_tags_equal: bool | None = None
    body_f1: float | None = None  # 4-gram shingle F1 of the page's body text against REST's
    page_comment_count: int | None = None  # comment ids on the post page (its first comment page)
    page_comments_not_in_rest: int | None = None  # of those, ids REST does not list (pingbacks, trackbacks)
    page_title: str | None = None
    rest_title: str | None = None
    page_author: str | None = None
    page_published_at: str | None = None
    fetched_at: str | None = None
