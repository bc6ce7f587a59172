"""`wparchive demo`: the embedded snapshot, the real spider and the real flow, with no network and no WordPress."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from warehouse.db import query

REPO = Path(__file__).resolve().parents[1]


def test_demo_archives_the_snapshot_and_says_what_next(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    done = subprocess.run([sys.executable, "-m", "wparchive.cli", "demo", "--db", str(db)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Priser och utmärkelser" in done.stdout and "wordpress-core" in done.stdout
    assert "wparchive run https://yourblog.example" in done.stdout
    _cols, rows = query(db, "SELECT count(*) FROM posts WHERE NOT is_protected AND deleted_at IS NULL")
    assert rows[0][0] >= 19
    _cols, rows = query(db, "SELECT count(*) FROM theme_mentions WHERE theme = 'awards' "
                            "AND sentence LIKE '%priset på bostadsrätter%'")
    assert rows == [(0,)]  # the seed post's price sentence is not an award
