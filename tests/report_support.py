"""A small hostile archive for the report, export and publishing tests: two hand-written runs of one blog
(``tests/test_warehouse_load.py``'s records), loaded with `wparchive load`, with scripts in comments, a title and
an author name, and every kind of change between the runs (new, deleted and edited posts, new and removed
comments, a comment form that closed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from flows.rundir import RunRequest
from tests.test_warehouse_load import comment, form, make_run_dir, post, stats, write_crawler_files
from wparchive.cli import app

RUN_1 = "20241001T023000Z-report"
RUN_2 = "20241002T023000Z-report"
# Each would change the page if it ran: the title, an attribute on <body>, a global.
SCRIPT_PAYLOAD = "<script>document.title='PWNED'; window.pwned = 1;</script>"
IMG_PAYLOAD = "<img src=x onerror=\"document.body.setAttribute('data-pwned', '1')\">"
SVG_PAYLOAD = "<svg onload=\"window.pwned = 2\"></svg>"
HOSTILE_TITLE = f"Hyror 2025 {IMG_PAYLOAD}"
HOSTILE_AUTHOR = "<b onmouseover=\"window.pwned = 3\">Mallory</b>"
JAVASCRIPT_URL = "javascript:window.pwned=4"
EDITED_BODY = post(1)["body_text"] + " Tillägg: mötet flyttas till torsdag."

runner = CliRunner(env={"COLUMNS": "250"})


def _day2(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "fetched_at": "2024-10-02T02:31:00+00:00"}


def first_run(root: Path) -> Path:
    """Posts 1–3 with comments 10–12 (12 carries the payloads), all forms open."""
    return make_run_dir(
        root, RUN_1,
        posts=[post(1), post(2), post(3, title="Energi och solceller",
                                           body_text="Vi satsar på solceller och energieffektivisering.")],
        comments=[comment(10, 1, published_at="2024-06-03T10:00:00+02:00"),
                  comment(11, 1, parent=10, published_at="2024-06-04T10:00:00+02:00"),
                  comment(12, 2, author_name=HOSTILE_AUTHOR, author_url=JAVASCRIPT_URL,
                          published_at="2024-08-05T10:00:00+02:00",
                          body_text=f"Testar: {SCRIPT_PAYLOAD} och {IMG_PAYLOAD} och {SVG_PAYLOAD}")],
        forms=[form(1), form(2), form(3)],
        stats_json=stats(),
    )


def second_run(root: Path) -> Path:
    """A day later, complete: post 3 gone, post 4 new (hostile title), post 1 edited (a sentence added), comment 11
    gone, comment 13 new (payloads again), post 2's comments closed (a new modified time, the same text)."""
    return make_run_dir(
        root, RUN_2,
        posts=[_day2(post(1, modified_at="2024-10-01T12:00:00+00:00", body_text=EDITED_BODY)),
               # Comments closed: WordPress bumps the modified time, but the text is the same (no edit).
               _day2(post(2, modified_at="2024-10-01T13:00:00+00:00", comment_status="closed")),
               _day2(post(4, title=HOSTILE_TITLE))],
        comments=[_day2(comment(10, 1, published_at="2024-06-03T10:00:00+02:00")),
                  _day2(comment(12, 2, author_name=HOSTILE_AUTHOR, author_url=JAVASCRIPT_URL,
                                published_at="2024-08-05T10:00:00+02:00",
                                body_text=f"Testar: {SCRIPT_PAYLOAD} och {IMG_PAYLOAD} och {SVG_PAYLOAD}")),
                  _day2(comment(13, 4, published_at="2024-10-01T20:00:00+02:00",
                                body_text=f"Ny kommentar {SCRIPT_PAYLOAD}"))],
        forms=[_day2(form(1)), _day2(form(2, is_open=False, closed_notice="Kommentarer är stängda.",
                                           fields=[])),
               _day2(form(4))],
        stats_json=stats(started_at="2024-10-02T02:30:00+00:00", finished_at="2024-10-02T02:35:00+00:00"),
    )


def load(run_dir: Path, db: Path) -> None:
    """`wparchive load RUN_DIR --db DB` (clean, load the working copy, views, checks, publish); must succeed."""
    result = runner.invoke(app, ["load", str(run_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output


def hostile_archive(root: Path, *, runs: int = 2) -> Path:
    """The published archive after the first (and second) run."""
    db = root / "archive.duckdb"
    load(first_run(root / "runs"), db)
    if runs > 1:
        load(second_run(root / "runs"), db)
    return db



OTHER_SITE = "https://grannar.example/"
OTHER_SITE_NAME = "Grannbloggen"


def other_blog_run(root: Path, language: str = "sv") -> Path:
    """A second blog whose posts look like the first one's (same titles, same comments): only a site column tells
    them apart."""
    run_dir = root / RUN_1 / "grannar.example"
    run_dir.mkdir(parents=True)
    RunRequest(run_id=RUN_1, site_url=OTHER_SITE, site_name=OTHER_SITE_NAME, language=language).write(run_dir)
    write_crawler_files(run_dir, posts=[post(1), post(2)],
                        comments=[comment(20, 1, published_at="2024-06-03T10:00:00+02:00"),
                                  comment(21, 1, published_at="2024-06-05T10:00:00+02:00")],
                        forms=[form(1), form(2)], drops=[], stats_json=stats(), site=OTHER_SITE)
    return run_dir


def two_blog_archive(root: Path, other_language: str = "sv") -> Path:
    """The hostile archive after both runs, plus a second blog with look-alike posts (in ``other_language``)."""
    db = hostile_archive(root)
    load(other_blog_run(root / "runs-other", other_language), db)
    return db
