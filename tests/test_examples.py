"""The analysts' example queries (warehouse/examples/*.sql, shown in warehouse/README.md): the README and the
files agree, and every query answers with rows against an archive of the real WordPress test bed (two crawls
with an editor's changes between them: tests/testbed_archive.py). After an incremental run each answers exactly:
as after a full crawl of the same blog, and as the content file (tests/wordpress/content.json) says."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.wordpress.content import load_content, post_by_key, public_comments
from warehouse.db import query

WAREHOUSE = Path(__file__).resolve().parents[1] / "warehouse"
EXAMPLES = sorted((WAREHOUSE / "examples").glob("*.sql"))
README = (WAREHOUSE / "README.md").read_text(encoding="utf-8")


def _readme_examples() -> dict[str, str]:
    """``### N. title — `examples/<file>` `` headings with the ```sql block under each, from the README."""
    section = README[README.index("## Example queries"):]
    found = re.findall(r"^### \d+\. [^\n]+ — `examples/([^`]+)`\n\n```sql\n(.*?)\n```", section,
                       re.MULTILINE | re.DOTALL)
    return dict(found)


def test_there_are_ten_and_the_readme_shows_each_file_verbatim() -> None:
    assert len(EXAMPLES) == 10
    shown = _readme_examples()
    assert sorted(shown) == [p.name for p in EXAMPLES]
    for path in EXAMPLES:
        assert shown[path.name] == path.read_text(encoding="utf-8").rstrip(), path.name
        assert path.read_text(encoding="utf-8").startswith("-- "), f"{path.name} must say what it answers"


@pytest.mark.wordpress
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_answers_on_the_testbed_archive(testbed_archive: Path, example: Path) -> None:
    columns, rows = query(testbed_archive, example.read_text(encoding="utf-8"))
    assert columns and rows, f"{example.name} returned no rows"


@pytest.mark.wordpress
def test_examples_see_the_editors_changes(testbed_archive: Path) -> None:
    edited = query(testbed_archive, (WAREHOUSE / "examples" / "05_edited_in_the_last_30_days.sql").read_text())[1]
    # Closing comments goes through wp_update_post, as the editor's box does: `modified` moves too, but the text
    # did not change, so it is no edit.
    assert [r[0] for r in edited] == ["Analysdagarna i Botkyrka – uppdaterat"]
    changed = query(testbed_archive, (WAREHOUSE / "examples" / "08_comment_form_changes.sql").read_text())[1]
    # comments closed; the trashed post has no form to compare (audit_changes says it was deleted)
    assert [r[0].rstrip("/").rsplit("/", 1)[-1] for r in changed] == ["solceller-hallunda"]


# ---------------------------------------------------------------- exact answers after an incremental run

TRASHED, CLOSED, COMMENTED, RETITLED = "tack-for-2019", "solceller-hallunda", "sommarjobb", "analysdagar"
NEW_TITLE = "Analysdagarna i Botkyrka – uppdaterat"


def _answer(db: Path, number: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    return query(db, next((WAREHOUSE / "examples").glob(f"{number}_*.sql")).read_text(encoding="utf-8"))


def _slug(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def _listed_posts(content: dict) -> list[dict]:
    """The posts the changed blog lists: published (password-protected ones too: title and metadata), not the
    trashed one; with the edited title."""
    posts = [dict(p) for p in content["posts"] if p["type"] == "post" and p["status"] == "publish"
             and p["key"] != TRASHED]
    for post in posts:
        if post["key"] == RETITLED:
            post["title"] = NEW_TITLE
    return posts


@pytest.mark.wordpress
@pytest.mark.parametrize("number", ["01", "02", "03", "04", "06", "07", "09"])
def test_after_an_incremental_run_an_example_answers_as_after_a_full_crawl(
        incremental_testbed_archives: tuple[Path, Path], number: str) -> None:
    incremental, full = incremental_testbed_archives
    columns, rows = _answer(incremental, number)
    assert rows, f"example {number} returned no rows"
    assert (columns, rows) == _answer(full, number)


@pytest.mark.wordpress
def test_exact_answers_after_an_incremental_run(incremental_testbed_archives: tuple[Path, Path]) -> None:
    incremental, _full = incremental_testbed_archives
    content = load_content()
    listed = _listed_posts(content)

    # 05: only the post whose text changed; closing comments (which moves WordPress's `modified`) is no edit.
    _cols, rows = _answer(incremental, "05")
    assert [(r[0], _slug(r[5])) for r in rows] == [(NEW_TITLE, RETITLED)]
    assert rows[0][4] == f"title: '{post_by_key(content, RETITLED)['title']}' → '{NEW_TITLE}'"

    # 08: only the post whose comments were closed: open before, closed now. The posts the incremental run did
    # not read keep their form and are not listed.
    _cols, rows = _answer(incremental, "08")
    assert [(_slug(r[0]), r[1], r[2]) for r in rows] == [(CLOSED, True, False)]

    # 07: per year (site-local) the public comments on listed posts, plus the one added today; pingbacks shown
    # without a date (twentytwentyone) under 'undated', never a NULL year.
    keys = {p["key"] for p in listed}
    comments = [c for c in public_comments(content) if c["post"] in keys]
    years: Counter[str] = Counter(c["date"][:4] for c in comments if c["type"] == "comment")
    _cols, rows = _answer(incremental, "07")
    by_year = {r[0]: r for r in rows}
    assert None not in by_year
    added_year = next(y for y in by_year if y not in ("undated",) and int(y) > 2021)
    years[added_year] += 1
    assert {y: r[1] for y, r in by_year.items() if r[1]} == dict(years)
    pingbacks = [c for c in comments if c["type"] != "comment"]
    assert sum(r[4] for r in rows) == len(pingbacks) and by_year["undated"][4] == len(pingbacks)

    # 04: every listed post open for comments, without the closed one (a password form is no comment form).
    _cols, rows = _answer(incremental, "04")
    want = {p["title"] for p in listed if p["comment_status"] == "open" and not p["password"]
            and p["key"] != CLOSED}
    assert {r[0] for r in rows} == want and len(rows) == len(want)

    # 09: posts per category and (site-local) year, the trashed post gone.
    names = {c["slug"]: c["name"] for c in content["categories"]}
    want_counts = Counter((names[c], int(p["date"][:4])) for p in listed for c in p["categories"])
    _cols, rows = _answer(incremental, "09")
    assert {(r[0], r[1]): r[2] for r in rows} == dict(want_counts)

    # 02: the most discussed posts, each with its number of public comments (the new one counted).
    _cols, rows = _answer(incremental, "02")
    per_title = Counter(next(p["title"] for p in listed if p["key"] == c["post"]) for c in comments
                        if c["type"] == "comment")
    per_title[post_by_key(content, COMMENTED)["title"]] += 1
    assert len(rows) == 10
    assert all(r[2] == per_title[r[1]] for r in rows), rows
    assert sorted((r[2] for r in rows), reverse=True) == sorted(per_title.values(), reverse=True)[:10]

    # 10: both runs succeeded; the incremental one loaded only the posts it re-read (edited, closed, commented)
    # and marked the trashed post deleted.
    _cols, rows = _answer(incremental, "10")
    assert [(r[0], r[1], r[2], r[4], r[6]) for r in rows] == [
        ("20250202T023000Z-incr02", "testbed-tt1", "succeeded", 3, 1),
        ("20250201T023000Z-incr01", "testbed-tt1", "succeeded", len([p for p in listed]) + 1, 0),
    ]
