"""URL policy: how a blog's URLs are normalised, which ones are traps, and which hosts a crawl may touch.

Pure functions, shared by the spider (to decide what to request) and the trap middleware (a safety net that
refuses anything the spider should not have asked for).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

# Query parameters that never change which post a page shows: tracking, share/like/reply actions.
# Dropped before a URL is requested or compared.
_NOISE_PARAMS = (
    "replytocom",
    "share",
    "like_comment",
    "like",
    "nb",
    "amp",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "fbclid",
    "gclid",
    "shared",
    "msg",
)

# Paths and queries never worth a request: actions, log-ins, attachments, embeds, date archives, search,
# feed variants, AMP. (ArchiveBot's blog ignore list is the catalogue these come from.)
_TRAP_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # (log-in, admin, posting and cron endpoints, ?action= and the like: _FORBIDDEN below, checked first)
        r"[?&](replytocom|share|like_comment|nb|amp|s|attachment_id|preview)=",
        r"/(embed|amp|trackback)/?$",
        r"/attachment/",
        r"/search/",
        r"/jetpack-comment/",
        r"/(wp-)?(log-?in|log-?out|signup)(/|\.php|\?|$)",
        r"/(remote-login\.php|oauth2?/)",
        r"%20\+%20",  # Likes-widget template fragments
        # date archives: /2019/, /2019/03/, /2019/03/08/ (a post is /2019/03/08/slug/)
        r"^https?://[^/]+/\d{4}/(\d{2}/){0,2}(page/\d+/?)?$",
        # feed variants other than the site feed we ask for on purpose (/feed/?paged=N is built by discovery)
        r"/(comments/)?feed/(rss2?|atom|rdf)/?$",
        r"/\S+/feed/?$",
    )
]

# Endpoints that log in, act or post: never requested, whoever lists them (a REST "link", a sitemap entry or a
# redirect naming one is a lie or a trap, not a post). "//wp-admin/" counts: servers merge the slashes, and
# robots.txt's "Disallow: /wp-admin/" does not match it.
_FORBIDDEN = re.compile(
    r"/wp-login\.php|/wp-admin(?:/|$)|/wp-comments-post\.php|/xmlrpc\.php|/wp-cron\.php|/wp-signup\.php"
    r"|[?&](?:action|doing_wp_cron|redirect_to|_wpnonce)=",
    re.IGNORECASE,
)

_FEED_DISCOVERY = re.compile(r"^https?://[^/]+/(comments/)?feed/?(\?paged=\d+)?$")


def normalise_url(url: str) -> str:
    """A canonical form for requesting and de-duplicating: no fragment, no noise parameters, sorted query, the
    host as ``host_of`` spells it."""
    cleaned = canonicalize_url(url_query_cleaner(url, _NOISE_PARAMS, remove=True, keep_fragments=False),
                               keep_fragments=False)
    parts = urlsplit(cleaned)
    netloc = ascii_netloc(parts.netloc)  # (canonicalize_url already writes an IDN host in punycode)
    return cleaned if netloc == parts.netloc else urlunsplit(parts._replace(netloc=netloc))


def ascii_netloc(netloc: str) -> str:
    """host[:port] as one blog has one name for it: lower case, an IDN host in its ASCII form (räksmörgås.se is
    xn--rksmrgs-5wao1o.se, as DNS and WordPress's own links may print it), without the root's trailing dot
    (blog.example. is blog.example)."""
    netloc = netloc.lower()
    if netloc.isascii() and ".:" not in netloc and not netloc.endswith("."):
        return netloc
    if "@" in netloc or netloc.startswith("["):
        return netloc  # user info, an IPv6 address: left as written
    host, colon, port = netloc.partition(":")
    host = host.rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass  # no valid IDN: compared as written
    return f"{host}{colon}{port}"


def host_of(url: str) -> str:
    """The host[:port] of a URL, spelt as ``ascii_netloc`` spells it."""
    return ascii_netloc(urlsplit(url).netloc)


def site_root(url: str) -> str:
    """``https://host[:port]`` plus the path up to the blog's root (sub-directory installs keep their path)."""
    parts = urlsplit(url)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme or "http", ascii_netloc(parts.netloc), path, "", ""))


def is_trap(url: str) -> bool:
    """True for URLs a polite archiver never requests (actions, log-ins, archives, feed variants, …)."""
    if _FEED_DISCOVERY.match(url):
        return False
    return _FORBIDDEN.search(url) is not None or any(p.search(url) for p in _TRAP_PATTERNS)


def forbidden_reason(url: str) -> str | None:
    """The pattern that makes ``url`` an endpoint never to request, even when discovery lists it as a post."""
    m = _FORBIDDEN.search(url)
    return f"forbidden endpoint {m.group(0)!r}" if m else None


def trap_reason(url: str) -> str | None:
    """The pattern that makes ``url`` a trap, for the drop log; None when it is not one."""
    if _FEED_DISCOVERY.match(url):
        return None
    forbidden = forbidden_reason(url)
    if forbidden is not None:
        return forbidden
    for p in _TRAP_PATTERNS:
        if p.search(url):
            return p.pattern
    return None


def comment_page_number(url: str) -> int | None:
    """N of a ``…/comment-page-N/`` URL (or ``?cpage=N``), else None."""
    m = re.search(r"/comment-page-(\d+)/?(?:$|[?#])", url)
    if m:
        return int(m.group(1))
    for key, value in parse_qsl(urlsplit(url).query):
        if key == "cpage" and value.isdigit():
            return int(value)
    return None


def post_url_of_comment_page(url: str) -> str:
    """The post's permalink for one of its comment pages (``…/slug/comment-page-2/#comments`` → ``…/slug/``,
    ``?p=7&cpage=2`` → ``?p=7``)."""
    parts = urlsplit(url)
    path = re.sub(r"comment-page-\d+/?$", "", parts.path)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "cpage"])
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


# An avatar's address (Gravatar, WordPress.com's avatar service, an avatar plugin's hashed file) carries a hash of
# its owner's e-mail address: never stored, never fetched (flows/cleaning.py, crawler/media.py).
AVATAR_URL = re.compile(r"(?i)(?:^|[/.])(?:gravatar\.com|wp\.com/avatar|[^/]*avatar[^/]*/[^?#]*[0-9a-f]{32})"
                        r"|/avatar/[0-9a-f]{32,64}")


def redirect_changed_path(redirect_urls: list[str] | None, url: str) -> str | None:
    """Where a redirect chain (Scrapy's ``redirect_urls`` meta) that ended at ``url`` started, when it changed the
    path on the way (http → https, another host name or a trailing slash keep it); None when it kept the path or
    there was no redirect."""
    if not redirect_urls:
        return None
    first = redirect_urls[0]
    return None if urlsplit(first).path.rstrip("/") == urlsplit(url).path.rstrip("/") else first


# user:password@ in an address a hostile server sends (a Location header): the archive never keeps it
_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s@]*@")


def without_credentials(text: str | None) -> str | None:
    """Text (an address, an error message) with the user:password@ of every address in it taken out."""
    return _CREDENTIALS.sub(r"\1", text) if text and "@" in text else text
