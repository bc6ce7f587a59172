"""The packages' layers: each imports only the ones below it, never one above.

warehouse (DuckDB) ← report (the HTML report of the warehouse's data) ← flows (the nightly run) ← wparchive (CLI).
The crawler stands apart: flows start it. Issue 16: the report lived in the CLI package, so `flows/` imported
`wparchive.report`, climbing back up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "warehouse", "report", "flows", "wparchive")
# What each package must never import (the packages above it).
FORBIDDEN = {
    "crawler": {"warehouse", "report", "flows", "wparchive"},
    "warehouse": {"report", "flows", "wparchive"},
    "report": {"flows", "wparchive", "crawler", "duckdb"},
    "flows": {"wparchive"},
    "wparchive": set(),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_climbs_up(package: str) -> None:
    files = sorted((REPO / package).rglob("*.py"))
    assert files, package
    wrong = {str(f.relative_to(REPO)): sorted(_imports(f) & FORBIDDEN[package]) for f in files}
    assert {f: names for f, names in wrong.items() if names} == {}


def test_the_report_is_beside_the_warehouse_not_in_the_cli() -> None:
    assert (REPO / "report" / "templates" / "report.html.j2").is_file()
    assert not (REPO / "wparchive" / "report").exists()
