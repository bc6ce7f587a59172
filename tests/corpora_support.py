"""The shared real-world corpora (../shared/corpora) in tests and benchmarks: where they are, their scorer, and the
fixed split of their WordPress pages by site into a tuning part and a validation part.

The split: a page's site is its host (lower case, without "www."; the archived host for web.archive.org copies;
for the few pages stored without an address, the domain their file name starts with). A site is in the validation
part when the first 8 hex digits of sha256(site) are 0–3 modulo 10 (about 40 % of sites), else in the tuning part.
Every page of a site lands on the same side, so a rule tuned on one page of a theme cannot be validated on its
sibling. The `*-other` corpora (pages that are not WordPress: what the generic body reading falls back to) are
split by the same hash into "other-tuning" and "other-validation": rules for the generic reading are decided on
the first, checked on the second; "other" names both.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

from tests.shared_data import corpora_dir

CORPORA = corpora_dir()  # $WPARCHIVE_CORPORA, else ../shared/corpora beside the repository
WORDPRESS_CORPORA = ("trafilatura-eval", "scrapinghub-aeb", "swe-spraakbanken")
OTHER_CORPORA = ("trafilatura-eval-other", "scrapinghub-aeb-other")
PARTS = ("tuning", "validation", "other-tuning", "other-validation")

_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$")


def page_site(url: str | None, page_id: str = "") -> str:
    """The site a corpus page comes from (see the module docstring)."""
    url = url or ""
    archived = _ARCHIVED.match(url)
    if archived:
        url = archived.group(1)
    host = (urlsplit(url).hostname or "") if "://" in url else ""
    if not host:  # "hard::nowgrenada.com-pm.html": the file name starts with the domain
        name = url.split("::", 1)[-1] or page_id
        labels = name.lower().split(".")
        tld = re.match(r"[a-z]+", labels[1]) if len(labels) > 1 else None
        host = f"{labels[0]}.{tld.group(0)}" if tld else labels[0]
    return host.lower().removeprefix("www.")


def site_part(site: str) -> str:
    """'validation' or 'tuning' for a WordPress corpus site (deterministic: a hash of the site)."""
    return "validation" if int(hashlib.sha256(site.encode("utf-8")).hexdigest()[:8], 16) % 10 < 4 else "tuning"


def page_part(corpus: str, page: dict) -> str:
    """Which part a manifest page belongs to: 'tuning', 'validation', 'other-tuning' or 'other-validation'."""
    part = site_part(page_site(page.get("url"), page.get("id", "")))
    return f"other-{part}" if corpus in OTHER_CORPORA else part


def page_url(page: dict) -> str | None:
    """The address to hand the extractor (None for pages stored without one)."""
    url = page.get("url") or ""
    return url if url.startswith(("http://", "https://")) else None


def score_module() -> ModuleType | None:
    """The corpora's score.py (None when the corpora are not there)."""
    score_py = CORPORA / "score.py"
    if not score_py.is_file():
        return None
    if str(CORPORA) not in sys.path:
        sys.path.insert(0, str(CORPORA))
    spec = importlib.util.spec_from_file_location("corpora_score", score_py)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
