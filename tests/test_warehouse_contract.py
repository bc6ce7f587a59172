"""warehouse/README.md is the analysts' contract: every table and mart is documented with each column and its
type, every view is named, every check is listed, and the SQL files keep their purpose and grain headers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warehouse.db import CHECKS, HERE, SCHEMA, VIEWS, initialise, query

README = (HERE / "README.md").read_text(encoding="utf-8")
MARTS = dict(VIEWS)["marts"]
SEEDED = ("theme_rules",)  # created by its seed statement (load/seed_theme_rules.sql), not by schema/


def documented_columns() -> dict[str, dict[str, str]]:
    """{relation: {column: type}} from the README's '### name' / '#### name' sections and their tables."""
    out: dict[str, dict[str, str]] = {}
    current: str | None = None
    for line in README.splitlines():
        if line.startswith("#"):
            heading = re.match(r"^#{3,4} (\w+)\s*$", line)
            current = heading.group(1) if heading else None
            continue
        row = re.match(r"^\| (\w+) \| ([^|]+) \|", line)
        if current and row and row.group(1) != "column":
            out.setdefault(current, {})[row.group(1)] = row.group(2).strip()
    return out


@pytest.fixture(scope="module")
def actual_columns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    db = tmp_path_factory.mktemp("contract") / "contract.duckdb"
    initialise(db)
    _cols, rows = query(db, "SELECT table_name, column_name, data_type FROM information_schema.columns "
                            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")
    out: dict[str, dict[str, str]] = {}
    for table, column, data_type in rows:
        out.setdefault(table, {})[column] = data_type.replace("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ")
    return out


@pytest.mark.parametrize("relation", list(SCHEMA) + list(SEEDED) + list(MARTS))
def test_every_column_is_documented_with_its_type(relation: str, actual_columns: dict[str, dict[str, str]]) -> None:
    documented = documented_columns().get(relation)
    assert documented is not None, f"warehouse/README.md has no section for {relation}"
    actual = actual_columns[relation]
    assert list(documented) == list(actual), f"{relation}: README columns differ from the database's"
    for column, data_type in actual.items():
        if not data_type.startswith("STRUCT"):
            assert documented[column] == data_type, f"{relation}.{column}: README says {documented[column]}"


def test_every_view_table_and_check_is_named() -> None:
    for _layer, names in VIEWS:
        for name in names:
            assert f"`{name}`" in README or f"### {name}" in README or f"#### {name}" in README, name
    for name in SCHEMA:
        assert f"### {name}" in README, name
    for name in CHECKS:
        assert f"| {name} |" in README, f"check {name} is not in the README's checks table"


def test_sql_files_open_with_purpose_and_grain() -> None:
    for path in sorted((HERE / "views").rglob("*.sql")) + sorted((HERE / "schema").glob("*.sql")):
        if path.stem == "int_sentence_themes":
            continue  # owned with the theme rules
        head = path.read_text(encoding="utf-8").splitlines()[:4]
        assert head[0].startswith(f"-- {path.stem}:"), f"{path}: first line should be '-- {path.stem}: purpose'"
        assert any("Grain:" in line for line in head), f"{path}: no grain header"
    for path in sorted((HERE / "checks").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("-- Check:") and re.search(r"^-- severity: (error|warn)$", text, re.M), path


def test_the_rule_format_is_documented_where_the_readme_says() -> None:
    """A CSV can't carry comments: the README points to the header of the view that applies the rules."""
    section = README.split("### theme_rules", 1)[1].split("\n### ", 1)[0]
    assert "`warehouse/views/intermediate/int_sentence_themes.sql`" in section
    header = "\n".join(line for line in (HERE / "views/intermediate/int_sentence_themes.sql")
                       .read_text(encoding="utf-8").splitlines() if line.startswith("--"))
    for term in ("theme, language, rule_kind, anchor, pattern, description", "exclude", "anchor", "\\m", "RE2"):
        assert term in header, term
