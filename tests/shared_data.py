"""Where the tests and benchmarks find the real-world corpora that live outside the repository, and what a test
does when they are absent: skip, saying what they are and where to get them — except under CI=true, where it fails.

The corpora (../shared/corpora: saved WordPress pages with independent annotations, and the corpora's own
score.py) belong to their publishers and are never copied into the repository. Set ``WPARCHIVE_CORPORA`` to
their folder; the default is ``../shared/corpora`` beside the clone. The customer's seed post, a single public
page, is a fixture inside the repository (tests/fixtures/seed/).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA_ENV = "WPARCHIVE_CORPORA"
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"
SEED_DIR = REPO / "tests" / "fixtures" / "seed"

WHAT_CORPORA_ARE = (
    "the real-world extraction corpora (saved WordPress pages with independent annotations and their score.py: "
    "trafilatura's evaluation set, ScrapingHub's article-extraction benchmark, Språkbanken's Swedish page). They "
    "are not in the repository (the pages belong to their publishers): they come with the project's shared "
    f"folder. Put it beside the clone as ../shared, or set {CORPORA_ENV}=/path/to/shared/corpora"
)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def corpora_dir() -> Path:
    """The corpora folder: ``$WPARCHIVE_CORPORA``, else ../shared/corpora beside the repository."""
    configured = os.environ.get(CORPORA_ENV, "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_CORPORA


def require_corpora(*parts: str) -> Path:
    """The corpora folder (or a path inside it), when it exists; otherwise skip the calling test with a message
    saying what is missing and where to get it — or fail under CI=true, where nothing may pass by skipping."""
    folder = corpora_dir()
    path = folder.joinpath(*parts)
    if path.exists():
        return path
    message = f"{path} not found: these tests need {WHAT_CORPORA_ARE}"
    if in_ci():
        pytest.fail(f"{message}\n(CI=true: missing corpora fail the run instead of skipping)", pytrace=False)
    pytest.skip(message)
