"""Shared pytest fixtures: chiefly the real WordPress test bed (tests/wordpress/testbed.py), one per session, and
an empty warehouse file per test; and how `make test` spreads the tests over two processes (pytest-xdist)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.wordpress.testbed import VARIANTS, Site, Testbed, TestbedError, TestbedUnavailable

# Under pytest-xdist each worker is its own session; a temporary Prefect server started in-process (a flow run
# without PREFECT_API_URL) keeps its database in PREFECT_HOME, so each worker gets its own (set before any test
# module imports Prefect, which reads its settings once).
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _XDIST_WORKER:
    os.environ["PREFECT_HOME"] = str(Path.home() / ".prefect" / f"pytest-{_XDIST_WORKER}")

# The themes (and comment markups) every page-reading test should pass with: tt2, the third theme, and
# twentytwentyone with WordPress's XHTML comment markup were added untuned (their first runs: see the README).
THEME_VARIANTS = ("tt1", "tt3", "tt2", "tt1-xhtml-rest-blocked", "harbor", "fjord-rest-blocked",
                  "meridian-rest-blocked", "gazette-rest-blocked", "mosaic-rest-blocked", "quill-rest-blocked",
                  "lumen-rest-blocked", "ledger-rest-blocked",
                  "atlas-rest-blocked", "tabula-rest-blocked", "courant-rest-blocked",
                  "indie-rest-blocked", "kommun-rest-blocked", "strapline-rest-blocked",
                  "forge-rest-blocked", "samtal-rest-blocked",
                  "tidning-rest-blocked", "diva-rest-blocked",
                  "hosted-rest-blocked", "almanacka", "almanacka-rest-blocked",
                  "verkstad", "verkstad-rest-blocked", "dossier", "dossier-rest-blocked",
                  "ocean", "ocean-rest-blocked", "flod", "flod-rest-blocked",
                  "stjarna", "stjarna-rest-blocked", "gpress", "gpress-rest-blocked",
                  "kadens", "kadens-rest-blocked",
                  "bygge", "bygge-rest-blocked", "avenue", "avenue-rest-blocked",
                  "enfilad", "enfilad-rest-blocked", "muffin", "muffin-rest-blocked",
                  "flatso-rest-blocked", "tjugo-rest-blocked", "tidig-rest-blocked", "jannah-rest-blocked",
                  "solid-rest-blocked", "blocka-rest-blocked")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def _distribution_group(item: pytest.Item) -> str:
    """Which tests `make test` keeps together in one pytest-xdist worker (``-n 2``): every test that uses the
    WordPress test bed, in file order, because some edit its posts and comments and the others read them; any other
    module whole, so that its module- and session-scoped fixtures are built once."""
    return "wordpress-testbed" if "wordpress_testbed" in item.fixturenames else item.nodeid.split("::")[0]


# pytest-xdist's own grouping (``--dist loadgroup``) renames items, which pytest 9 no longer allows; instead each
# worker writes every test's group to a file the controller's scheduler reads (the workers collect, it doesn't).
_GROUPS_DIR_KEY = "wparchive_distribution_groups"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    node.workerinput[_GROUPS_DIR_KEY] = _groups_dir(node.config)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    from xdist.scheduler import LoadScopeScheduling

    groups_dir = _groups_dir(config)

    groups: dict[str, str] = {}

    class GroupScheduling(LoadScopeScheduling):  # the biggest group first (loadscopereorder), then the others
        def _split_scope(self, nodeid: str) -> str:
            if not groups:  # every worker wrote the same groups before reporting its collection
                groups.update(json.loads(next(Path(groups_dir).glob("*.json")).read_text()))
            return groups[nodeid]

    return GroupScheduling(config, log)


def _groups_dir(config: pytest.Config) -> str:
    if not hasattr(config, "_wparchive_groups_dir"):
        config._wparchive_groups_dir = tempfile.mkdtemp(prefix="pytest-groups-")  # type: ignore[attr-defined]
    return config._wparchive_groups_dir  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    groups_dir = getattr(config, "_wparchive_groups_dir", None)
    if groups_dir:
        shutil.rmtree(groups_dir, ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    workerinput = getattr(config, "workerinput", None)
    if workerinput and _GROUPS_DIR_KEY in workerinput:
        groups = {item.nodeid: _distribution_group(item) for item in items}
        path = Path(workerinput[_GROUPS_DIR_KEY]) / f"{workerinput['workerid']}.json"
        path.with_suffix(".partial").write_text(json.dumps(groups))
        path.with_suffix(".partial").replace(path)


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
