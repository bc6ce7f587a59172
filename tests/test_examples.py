"""The analysts' example queries (warehouse/examples/*.sql, shown in warehouse/README.md): the README and the
files agree, and every query answers with rows against an archive of the real WordPress test bed (two crawls
with an editor's changes between them: tests/testbed_archive.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
    # Closing comments goes through wp_update_post, as the editor's box does: `modified` moves too.
    assert {r[0] for r in edited} == {"Analysdagarna i Botkyrka – uppdaterat", "Solceller på taken i Hallunda"}
    changed = query(testbed_archive, (WAREHOUSE / "examples" / "08_comment_form_changes.sql").read_text())[1]
    urls = {r[0].rstrip("/").rsplit("/", 1)[-1] for r in changed}
    assert {"solceller-hallunda", "tack-for-2019"} <= urls  # comments closed; post trashed (form not seen)
