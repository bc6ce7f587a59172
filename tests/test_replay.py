"""Replay of the archive in a real browser, and WACZ export (issue 17): the published test-bed archive is served by
pywb on 127.0.0.1, and headless Chromium — with every host name unresolvable, and asserted never to ask the live
test bed for anything — renders an archived post with its images loaded and the theme's CSS applied. The WACZ of a run passes the wacz
package's own validator and lists the run's post pages. Screenshots land in test-artifacts/replay-*.png."""

from __future__ import annotations

import json
import socket
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.browser.cdp import load_page
from tests.test_report_browser import ARTIFACTS, chromium  # noqa: F401  (the fixture: skip or fail without a browser)
from tests.testbed_archive import RUN_IDS
from warehouse.db import query
from wparchive.replay import prepare_collection, replay_url, start_replay, write_wacz

pytestmark = pytest.mark.wordpress

PROBES = {
    # the blog's own pictures (commenters' avatars live on gravatar.com: never archived, they stay blank)
    "images": "Array.from(document.images).filter(i => i.src.includes('/wp-content/uploads/')).length",
    "loaded": "Array.from(document.images).filter(i => i.src.includes('/wp-content/uploads/'))"
              ".filter(i => i.complete && i.naturalWidth > 0).length",
    "image_sources": "Array.from(document.images).map(i => i.currentSrc)"
                     ".filter(s => s.includes('/wp-content/uploads/'))",
    # twentytwentyone paints the page green-grey: with its CSS missing, the body stays transparent
    "body_background": "getComputedStyle(document.body).backgroundColor",
    "stylesheets": "document.styleSheets.length",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def replay_server(testbed_archive: Path, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("replay")
    assert prepare_collection(testbed_archive, root) >= 2  # both runs' WARC files (revisits need the first)
    port = _free_port()
    server = start_replay(root, port)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"pywb did not answer: {(root / 'wayback.log').read_text()[-2000:]}")
                time.sleep(0.3)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _post_captures(db: Path, slug: str) -> tuple[str, object]:
    _, rows = query(db, "SELECT c.url, c.fetched_at FROM captures c JOIN posts p ON p.post_url = c.url "
                        "WHERE c.status = 200 AND c.url LIKE $slug ORDER BY c.fetched_at DESC LIMIT 1",
                    {"slug": f"%/{slug}/"})
    return rows[0]


@pytest.mark.parametrize(("slug", "images"), [("stambyte-fittja", 3), ("nyproduktion-tumba", 2)])
def test_archived_post_renders_offline_with_images_and_styles(testbed_archive: Path, replay_server: int,
                                                              chromium: str, slug: str, images: int) -> None:
    url, fetched_at = _post_captures(testbed_archive, slug)
    live_origin = url.split("/", 3)[2]  # 127.0.0.1:<test-bed port>
    page = load_page(replay_url(url, fetched_at, replay_server), expressions=PROBES, browser=chromium,
                     settle_seconds=1.0)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"replay-{slug}.png").write_bytes(page.screenshot)
    values = page.values
    assert values["images"] >= images and values["loaded"] == values["images"], values
    assert all(src.startswith(f"http://127.0.0.1:{replay_server}/") for src in values["image_sources"]), values
    assert values["body_background"] not in ("rgba(0, 0, 0, 0)", "transparent"), values
    # offline as far as the page can tell: it never asked the live site for anything (pywb rewrote every link)
    assert [r for r in page.requests if r and r.startswith(f"http://{live_origin}/")] == []
    assert all(r.startswith((f"http://127.0.0.1:{replay_server}/", "data:")) for r in page.requests if r), page.requests


def test_wacz_of_a_run_validates_and_lists_its_posts(testbed_archive: Path, tmp_path: Path) -> None:
    result = write_wacz(testbed_archive, tmp_path / "run.wacz", run_id=RUN_IDS[1])  # validates, or raises
    _, posts = query(testbed_archive, "SELECT count(DISTINCT c.url) FROM captures c JOIN posts p "
                                      "ON p.post_url = c.url WHERE c.run_id = $r AND c.status = 200",
                     {"r": RUN_IDS[1]})
    with zipfile.ZipFile(result.path) as wacz:
        names = set(wacz.namelist())
        lines = wacz.read("pages/pages.jsonl").decode().splitlines()
    assert {"datapackage.json", "pages/pages.jsonl"} <= names and any(n.startswith("indexes/") for n in names)
    pages = [json.loads(line) for line in lines[1:]]
    assert len({p["url"] for p in pages}) == posts[0][0] == result.pages >= 15
    # every file holding the run's records or its revisits' payloads is packed
    _, files = query(testbed_archive, "SELECT count(DISTINCT f) FROM (SELECT warc_file AS f FROM captures WHERE "
                                      "run_id = $r UNION ALL SELECT refers_to_warc_file FROM captures WHERE run_id = $r "
                                      "AND refers_to_warc_file IS NOT NULL)", {"r": RUN_IDS[1]})
    assert result.warc_files == files[0][0] >= 1
