"""Theme data in the warehouse: the seed CSVs read by column name in a pinned dialect, and sentence_themes — the
stored theme matches the marts read — kept equal to int_sentence_themes: loads queue the posts they change, the
theme build after them (build_views) matches those, and a change of the rules re-matches everything.
(tests/test_theme_matching.py checks the build's matching against the view.)"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.rundir import clean_run_dir
from tests.test_warehouse_load import post, standard_run, stats
from warehouse import db as warehouse_db
from warehouse.db import SCHEMA, SEEDS_DIR, build_views, connect, execute_file, initialise, query, run_checks
from warehouse.load import load_run

RULE_COLUMNS = ["theme", "language", "rule_kind", "anchor", "pattern", "description"]


# --- seeds ------------------------------------------------------------------------------------------------

@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    """An in-memory database with the warehouse's tables."""
    connection = duckdb.connect()
    for name in SCHEMA:
        execute_file(connection, f"schema/{name}.sql")
    return connection


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def as_standard_csv_reads_it(path: Path, columns: list[str]) -> list[tuple[str | None, ...]]:
    """The file's rows as Python's csv module (RFC 4180) reads them, empty fields as NULL, in ``columns`` order."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [tuple(row[c] or None for c in columns) for row in csv.DictReader(handle)]


def seed_rules(con: duckdb.DuckDBPyConnection, path: Path) -> list[tuple[Any, ...]]:
    execute_file(con, "load/seed_theme_rules.sql", {"theme_rules_csv": str(path)})
    return con.execute("SELECT * FROM theme_rules").fetchall()


def test_themes_are_read_by_header_name_whatever_the_column_order(con: duckdb.DuckDBPyConnection,
                                                                  tmp_path: Path) -> None:
    path = write_csv(tmp_path / "themes.csv", ["description", "label_sv", "theme", "label_en"],
                     [["Prizes, honours", "Priser och utmärkelser", "awards", "Awards and prizes"]])
    execute_file(con, "load/seed_themes.sql", {"themes_csv": str(path)})
    assert con.execute("SELECT * FROM themes").fetchall() == [
        ("awards", "Awards and prizes", "Priser och utmärkelser", "Prizes, honours")]


def test_themes_table_is_replaced_by_the_file(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    header = ["theme", "label_en", "label_sv", "description"]
    both = write_csv(tmp_path / "both.csv", header, [["awards", "Awards", "Priser", ""], ["tenants", "Tenants", "Boende", ""]])
    one = write_csv(tmp_path / "one.csv", header, [["awards", "Awards and prizes", "Priser", ""]])
    execute_file(con, "load/seed_themes.sql", {"themes_csv": str(both)})
    execute_file(con, "load/seed_themes.sql", {"themes_csv": str(one)})  # a theme removed from the file goes
    assert con.execute("SELECT theme, label_en FROM themes").fetchall() == [("awards", "Awards and prizes")]


def test_theme_rules_are_read_by_header_name_whatever_the_column_order(con: duckdb.DuckDBPyConnection,
                                                                       tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rules.csv", ["pattern", "description", "anchor", "theme", "rule_kind", "language"],
                     [[r"\mpris(et)?\M", "pris, priset", "pris", "awards", "include", "sv"]])
    rows = seed_rules(con, path)
    assert [d[0] for d in con.execute("SELECT * FROM theme_rules").description] == RULE_COLUMNS
    assert rows == [("awards", "sv", "include", "pris", r"\mpris(et)?\M", "pris, priset")]


RULE_FILES = {
    # every anchor looks like a number: a guessing reader makes the column BIGINT, and the view then fails
    "numeric anchors": [["energy_sustainability", "sv", "include", "2030", r"\magenda 2030\M", "Agenda 2030"],
                        ["energy_sustainability", "sv", "include", "2045", r"\mnetto ?noll( [^ ]+){0,3} 2045\M",
                         "net zero by 2045"]],
    # the characters patterns and descriptions hold: | ( ) { } " , ' and backslashes
    "pattern characters": [
        ["awards", "sv", "include", "pris", r"\m(vann|fick)( [^ ]+){0,3} pris(et)?\M", 'won "the" prize, or a prize'],
        ["tenants", "en", "include", "tenant", r"\mtenants' (association|union)\M", "tenants' association"],
        ["awards", "sv", "exclude", "pris", r"\m(el|mat|hyres)pris", ""],
    ],
}


@pytest.mark.parametrize("case", sorted(RULE_FILES))
def test_theme_rules_hold_exactly_what_the_csv_says(con: duckdb.DuckDBPyConnection, tmp_path: Path,
                                                    case: str) -> None:
    path = write_csv(tmp_path / "rules.csv", RULE_COLUMNS, RULE_FILES[case])
    assert seed_rules(con, path) == as_standard_csv_reads_it(path, RULE_COLUMNS)


def test_the_seed_files_are_read_exactly(con: duckdb.DuckDBPyConnection) -> None:
    assert seed_rules(con, SEEDS_DIR / "theme_rules.csv") == as_standard_csv_reads_it(
        SEEDS_DIR / "theme_rules.csv", RULE_COLUMNS)
    execute_file(con, "load/seed_themes.sql", {"themes_csv": str(SEEDS_DIR / "themes.csv")})
    columns = ["theme", "label_en", "label_sv", "description"]
    assert sorted(con.execute("SELECT * FROM themes").fetchall()) == sorted(
        as_standard_csv_reads_it(SEEDS_DIR / "themes.csv", columns))


def test_a_file_in_another_csv_dialect_is_refused_not_guessed(con: duckdb.DuckDBPyConnection,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "rules.csv"
    path.write_text(",".join(RULE_COLUMNS) + "\n" + "awards,sv,include,pris,'\\mpris(et)?\\M','pris, priset'\n",
                    encoding="utf-8")
    with pytest.raises(duckdb.Error):
        seed_rules(con, path)


# --- sentence_themes --------------------------------------------------------------------------------------

RENTS = "Rents will rise by four percent."  # economy_rents in English; "rent" means clean in Swedish


def load_only(db: Path, run_dir: Path) -> None:
    """Clean and load a run, without the theme build: the load only queues the posts it changed."""
    clean_dir, _manifest = clean_run_dir(run_dir)
    load_run(db, clean_dir)


def build(db: Path) -> None:
    with connect(db) as con:
        build_views(con)


def load(db: Path, run_dir: Path) -> None:
    """A load and the theme build after it, as `wparchive load` and the nightly flow run them."""
    load_only(db, run_dir)
    build(db)


def pending(db: Path) -> list[str]:
    return sorted(url for (url,) in query(db, "SELECT post_url FROM sentence_themes_pending")[1])


def stored(db: Path) -> list[tuple[Any, ...]]:
    return sorted(query(db, "SELECT post_url, sentence_no, theme, sentence, matched_text FROM sentence_themes "
                        "WHERE method = 'rule'")[1])


def matched_now(db: Path) -> list[tuple[Any, ...]]:
    """What int_sentence_themes (theme matching run now) says."""
    return sorted(query(db, "SELECT post_url, sentence_no, theme, sentence, matched_text FROM int_sentence_themes")[1])


def themes_of(db: Path, n: int, method: str | None = None) -> set[str]:
    return {theme for (theme,) in query(db, "SELECT theme FROM theme_mentions WHERE post_url = ? "
                                            "AND method = coalesce(?, method)", [post(n)["post_url"], method])[1]}


def day(d: int) -> dict[str, Any]:
    return {"started_at": f"2024-10-0{d}T02:30:00+00:00", "finished_at": f"2024-10-0{d}T02:35:00+00:00"}


def seen(record: dict[str, Any], d: int) -> dict[str, Any]:
    return {**record, "fetched_at": f"2024-10-0{d}T02:31:00+00:00"}


def test_theme_marts_read_the_stored_matches(tmp_path: Path, db: Path) -> None:
    load(db, standard_run(tmp_path / "runs"))
    assert stored(db) == matched_now(db) != []
    assert themes_of(db, 1) == {"awards", "municipality_cooperation"}
    before = {view: sorted(query(db, f"SELECT * FROM {view}")[1]) for view in ("theme_mentions", "theme_summary")}
    with connect(db) as con:
        con.execute("DELETE FROM theme_rules")  # matching now would find nothing; the marts don't re-match
    assert {view: sorted(query(db, f"SELECT * FROM {view}")[1]) for view in before} == before
    assert matched_now(db) == []


def test_each_load_rematches_what_it_changed(tmp_path: Path, db: Path) -> None:
    runs = tmp_path / "runs"
    day1 = [post(1), post(2), post(3, is_protected=True, body_text=""), post(4, body_text=RENTS, language="sv")]
    load(db, standard_run(runs, posts=day1))
    assert stored(db) == matched_now(db)
    # the rules are per language: read as Swedish the sentence has no rule match (the recall layer, which reads
    # character n-grams in either language, may still find it about rents)
    assert themes_of(db, 2) == {"awards", "municipality_cooperation"} and themes_of(db, 4, "rule") == set()

    # A complete crawl: post 1's text changed, post 2 is gone, post 4 is now said to be English (same text).
    day2 = [seen(post(1, body_text="Stambytet i Hallunda är klart."), 2), seen(day1[2], 2),
            seen(post(4, body_text=RENTS, language="en"), 2)]
    load(db, standard_run(runs, "20241002T023000Z-bbbbbb", posts=day2, comments=[], forms=[], drops=[],
                          stats_json=stats(**day(2))))
    assert stored(db) == matched_now(db)
    assert themes_of(db, 1) == {"renovation_construction"}
    assert themes_of(db, 2) == set() and themes_of(db, 4, "rule") == {"economy_rents"}

    # Post 2 comes back.
    load(db, standard_run(runs, "20241003T023000Z-cccccc", posts=[seen(post(2), 3)], comments=[], forms=[],
                          drops=[], capped=True, stats_json=stats(**day(3))))
    assert stored(db) == matched_now(db)
    assert themes_of(db, 2) == {"awards", "municipality_cooperation"}
    with connect(db) as con:
        assert {r.name: r.failing_rows for r in run_checks(con)}["sentence_themes_unique"] == 0


def test_a_build_rematches_only_the_posts_loads_changed(tmp_path: Path, db: Path) -> None:
    """What keeps a nightly build cheap: an unchanged post is not matched again (shown here by dropping post 1's
    stored matches of one theme behind the build's back: they don't come back)."""
    runs = tmp_path / "runs"
    load(db, standard_run(runs, posts=[post(1), post(2)]))
    with connect(db) as con:
        con.execute("DELETE FROM sentence_themes WHERE theme = 'awards'")
    load_only(db, standard_run(runs, "20241002T023000Z-bbbbbb",
                               posts=[seen(post(1), 2), seen(post(2, title="Ny"), 2)],
                               comments=[], forms=[], drops=[], stats_json=stats(**day(2))))
    assert pending(db) == [post(2)["post_url"]]  # new title, new content_hash; post 1 unchanged
    build(db)
    assert "awards" not in themes_of(db, 1)  # unchanged: not matched again
    assert "awards" in themes_of(db, 2)  # matched again


def builds(db: Path) -> list[tuple[Any, ...]]:
    return query(db, "SELECT fingerprint, rules_count, matches_count FROM sentence_themes_builds ORDER BY built_at")[1]


def test_changed_rules_rematch_every_sentence_once(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch,
                                                   ) -> None:
    load(db, standard_run(tmp_path / "runs"))
    assert len(builds(db)) == 1  # initialise's, on the empty archive
    initialise(db)
    with connect(db) as con:
        build_views(con)
    assert len(builds(db)) == 1  # nothing changed: no re-match
    assert "awards" in themes_of(db, 1)

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    rules = (seeds / "theme_rules.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (seeds / "theme_rules.csv").write_text("".join(r for r in rules if not r.startswith("awards,")), encoding="utf-8")
    monkeypatch.setattr(warehouse_db, "SEEDS_DIR", seeds)
    initialise(db)
    all_rows = query(db, "SELECT count(*) FROM sentence_themes")[1][0][0]
    assert len(builds(db)) == 2 and builds(db)[1][2] == all_rows
    assert stored(db) == matched_now(db)
    # no awards rule is left: the rules give post 1 only the municipality; the recall layer still finds the prize
    assert themes_of(db, 1, method="rule") == {"municipality_cooperation"}
    assert themes_of(db, 1, method="model") == {"awards"}
    initialise(db)
    assert len(builds(db)) == 2


def test_loads_queue_and_one_build_matches_them_all(tmp_path: Path, db: Path) -> None:
    runs = tmp_path / "runs"
    load(db, standard_run(runs, posts=[post(1), post(2)]))
    first = stored(db)
    # Two loads before one build: post 1 gets a new text, then post 2 a new title; post 3 is new.
    load_only(db, standard_run(runs, "20241002T023000Z-bbbbbb", posts=[seen(post(1, body_text=RENTS), 2)],
                               comments=[], forms=[], drops=[], stats_json=stats(**day(2))))
    load_only(db, standard_run(runs, "20241003T023000Z-cccccc",
                               posts=[seen(post(2, title="Ny rubrik"), 3), seen(post(3), 3)],
                               comments=[], forms=[], drops=[], stats_json=stats(**day(3))))
    assert pending(db) == sorted(post(n)["post_url"] for n in (1, 2, 3))
    assert stored(db) == first  # nothing matched yet: the working copy is published only after the build
    build(db)
    assert pending(db) == [] and stored(db) == matched_now(db) != first
    assert themes_of(db, 1) == set() and themes_of(db, 3) == {"awards", "municipality_cooperation"}
    after = stored(db)
    build(db)  # building again changes nothing
    assert stored(db) == after and pending(db) == []


def test_a_failed_theme_build_changes_nothing_and_the_next_converges(tmp_path: Path, db: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.themes as themes_module

    runs = tmp_path / "runs"
    load(db, standard_run(runs))
    before = stored(db)
    load_only(db, standard_run(runs, "20241002T023000Z-bbbbbb", posts=[seen(post(1, body_text="Ny text."), 2)],
                               comments=[], forms=[], drops=[], stats_json=stats(**day(2))))

    def failing(rule_sets: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(themes_module, "_match_statement", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        build(db)
    assert stored(db) == before and pending(db) == [post(1)["post_url"]]
    monkeypatch.undo()
    build(db)
    assert stored(db) == matched_now(db) != before and pending(db) == []
