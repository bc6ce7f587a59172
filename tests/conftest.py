"""Shared pytest fixtures: chiefly the real WordPress test bed (tests/wordpress/testbed.py), one per session, and
an empty warehouse file per test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.wordpress.testbed import VARIANTS, Site, Testbed, TestbedError, TestbedUnavailable

# The two themes every WordPress test should pass with (tt1-rest-blocked is twentytwentyone again).
THEME_VARIANTS = ("tt1", "tt3")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


@pytest.fixture(scope="session")
def wordpress_testbed() -> Iterator[Testbed]:
    """The running test bed, leased for this session: started if needed, stopped at the end unless another
    session still uses it or someone started it by hand (`make testbed-up`).

    Without the Debian packages the WordPress tests skip, except under CI=true, where they fail: CI must
    never pass by skipping the tests that matter most.
    """
    testbed = Testbed()
    try:
        testbed.acquire()
    except TestbedUnavailable as error:
        if _in_ci():
            pytest.fail(f"{error}\n(CI=true: a missing WordPress test bed fails the run instead of skipping)",
                        pytrace=False)
        pytest.skip(str(error))
    except TestbedError as error:
        pytest.fail(f"WordPress test bed failed to start: {error}", pytrace=False)
    try:
        yield testbed
    finally:
        testbed.release()


@pytest.fixture(scope="session")
def wordpress(wordpress_testbed: Testbed) -> Callable[[str], Site]:
    """Factory: ``wordpress("tt1")`` → the running Site of that variant (tt1, tt3, tt1-rest-blocked)."""
    sites: dict[str, Site] = {}

    def site(variant: str = "tt1") -> Site:
        if variant not in VARIANTS:
            raise ValueError(f"unknown WordPress variant {variant!r}; known: {', '.join(VARIANTS)}")
        if variant not in sites:
            sites[variant] = wordpress_testbed.site(variant)
        return sites[variant]

    return site


@pytest.fixture(scope="session", params=THEME_VARIANTS)
def wordpress_site(request: pytest.FixtureRequest, wordpress: Callable[[str], Site]) -> Site:
    """The site once per theme: a test using it runs for twentytwentyone and for twentytwentythree."""
    return wordpress(request.param)


@pytest.fixture(scope="session")
def testbed_archive(wordpress: Callable[[str], Site], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published archive of the tt1 test bed after two crawls with an editor's changes between them
    (tests/testbed_archive.py): the analysts' examples, the report and the exports run against it."""
    from tests.testbed_archive import build_testbed_archive

    return build_testbed_archive(wordpress("tt1"), tmp_path_factory.mktemp("testbed-archive"))


@pytest.fixture(scope="session")
def incremental_testbed_archives(wordpress: Callable[[str], Site], tmp_path_factory: pytest.TempPathFactory,
                                 ) -> tuple[Path, Path]:
    """(incremental, full): the tt1 test bed after a full crawl, an editor's changes and an incremental crawl;
    and the changed blog crawled once in full (tests/testbed_archive.py). The analysts' examples run on both."""
    from tests.testbed_archive import build_incremental_testbed_archives

    return build_incremental_testbed_archives(wordpress("tt1"), tmp_path_factory.mktemp("incremental-archive"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A fresh warehouse file (tables, seeds, views), one per test."""
    from warehouse.db import initialise

    path = tmp_path / "archive.duckdb"
    initialise(path)
    return path
