"""The theme build (warehouse/themes.py) stores exactly what int_sentence_themes says: on the labelled sentences,
on the test bed's posts loaded into a real warehouse, and on hand-written edge cases (quotes in patterns, rules
without an anchor, unknown and unruled languages, exclude masking, masking that forms an anchor, normalisation)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from flows.cleaning import html_to_text
from tests.test_warehouse_load import SITE, clean_and_load, make_run_dir, post
from tests.wordpress.content import load_content, public_posts
from tests.test_themes import bench
from warehouse.db import HERE, SEEDS_DIR, initialise, query

REPO = Path(__file__).resolve().parents[1]
LABELLED_CSV = REPO / "bench" / "data" / "theme_sentences.csv"
VIEW_SQL = (HERE / "views" / "intermediate" / "int_sentence_themes.sql").read_text(encoding="utf-8")
COLUMNS = "post_url, sentence_no, theme, sentence, matched_text"

Sentence = tuple[str | None, str | None]  # (sentence, language)


Rule = tuple[str, str | None, str, str | None, str | None]  # theme, language, rule_kind, anchor, pattern


def fast_and_view(sentences: list[Sentence], rules: Path | list[Rule],
                  ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(what the theme build stores from the rules, what the view says) for these sentences, one post each, in a
    database that holds only what matching reads (bench/bench_themes.py's build). The recall layer's rows
    (method 'model') are the build's own addition and are left out here: tests/test_theme_model.py checks them."""
    con, build = bench.build(sentences, rules)
    assert build.is_full and build.sentences == sum(s is not None for s, _ in sentences)
    fast = con.execute(f"SELECT {COLUMNS} FROM sentence_themes WHERE method = 'rule' ORDER BY ALL").fetchall()
    view = con.execute(f"SELECT {COLUMNS} FROM ({VIEW_SQL}) ORDER BY ALL").fetchall()
    assert build.matches - build.model_matches == len(fast)
    return fast, view


def labelled_sentences() -> list[Sentence]:
    with open(LABELLED_CSV, newline="", encoding="utf-8") as handle:
        return [(row["sentence"], row["language"] or None) for row in csv.DictReader(handle)]


def test_the_labelled_sentences_match_as_the_view_says() -> None:
    labelled = labelled_sentences()
    # as labelled, then in every other language class: unknown (every rule applies) and unruled ('*' rules only)
    sentences = labelled + [(s, None) for s, _ in labelled] + [(s, "fi") for s, _ in labelled]
    fast, view = fast_and_view(sentences, SEEDS_DIR / "theme_rules.csv")
    assert fast == view
    themes = {theme for _, _, theme, _, _ in view}
    assert len(view) > len(labelled) and len(themes) >= 8  # the comparison is about something


def test_the_test_bed_posts_match_as_the_view_says(tmp_path: Path) -> None:
    """The real path: the test bed's public posts (content.json) cleaned, loaded and built into a warehouse."""
    posts = [post(n, post_url=f"{SITE}{p['slug']}/", title=p["title"], body_text=html_to_text(p["content"]))
             for n, p in enumerate(public_posts(load_content()), 1)]
    db = tmp_path / "archive.duckdb"
    initialise(db)
    clean_and_load(db, make_run_dir(tmp_path / "runs", posts=posts))
    stored = query(db, f"SELECT {COLUMNS} FROM sentence_themes WHERE method = 'rule' ORDER BY ALL")[1]
    view = query(db, f"SELECT {COLUMNS} FROM int_sentence_themes ORDER BY ALL")[1]
    assert stored == view
    assert len({url for url, *_ in view}) >= 10 and len({theme for _, _, theme, _, _ in view}) >= 6


EDGE_RULES: list[Rule] = [
    # no anchor (NULL, or empty as a CSV can't write it): tried on every sentence. "whole" matches the whole
    # normalised sentence, so any difference in normalisation shows.
    ("whole", "*", "include", None, r"[^ ].*[^ ]|[^ ]"),
    ("hello", "en", "include", "", r"\mhello\M"),
    # single quotes in patterns, anchors and theme names: bound values, never SQL text. Normalisation turns ' into
    # a space, so the first never matches.
    ("o'brien", "en", "include", "o'brien", r"\mo'brien\M"),
    ("o'brien", "en", "include", "brien", r"\mbrien'?s?\M"),
    # exclude masking; and a mask that forms an anchor (" matpris " → " pris "): the view decides those rows
    ("food", "sv", "exclude", r"\mmat", r"\mmat"),
    ("food", "sv", "exclude", "kakao", "kakao"),
    ("food", "sv", "include", r"\mpris", r"\mpris\M"),
    ("food", "sv", "include", "kak", "kak[^ ]*"),
    ("shout", "SV", "include", "hej", r"\mhej\M"),  # upper case: equals no sentence language, so unknown only
    ("empty", "*", "include", "x", ""),  # an empty pattern is no rule
    ("percent", "*", "include", "%", r"[0-9]+ ?%"),  # % survives normalisation
    ("caps", "*", "include", "it", r"\m(?-i:IT)\M"),  # case-sensitive
    ("exclude_only", "*", "exclude", None, "."),  # a theme without include rules matches nothing
    ("odd_kind", "*", "Include", None, "."),  # neither include nor exclude: ignored
]

EDGE_SENTENCES: list[Sentence] = [
    ("Matpris och kakor.", "sv"),  # masking forms ' pris': the view says 'kakor'
    ("Matpris.", "sv"),  # masking forms ' pris', and the view has no include candidate: no row
    ("Varm kakao, tack!", "sv"),  # excluded
    ("Matpris och kakor.", None),  # unknown language: every rule
    ("Matpris och kakor.", "en"),  # no food rule for English
    ("Matpris och kakor.", "sv-SE"),  # read as sv
    ("Hello O'Brien, the tenants' union met Brien's friends.", "en"),
    ("Hej hej", None),
    ("Hej hej", "sv"),
    ("Hyran  — tja!\t ökar med 4,5 %.", "sv"),
    ("«Årets Allmännytta» 2024…", "fi"),
    ("\u00a0Inledande\u00a0hårt mellanslag och avslutande ... ", "fi"),
    ("IT-avdelningen, it och It", "sv"),
    ("Solceller ☀️☀️ på taket", "sv"),
    ("", "sv"),
    (None, "sv"),
]


def test_edge_cases_match_as_the_view_says() -> None:
    fast, view = fast_and_view(EDGE_SENTENCES, EDGE_RULES)
    assert fast == view
    found = {(no, theme): text for _, no, theme, _, text in view}
    assert found[1, "food"] == "kakor" and (2, "food") not in found and (3, "food") not in found
    assert found[4, "food"] == "kakor" and (5, "food") not in found and found[6, "food"] == "kakor"
    assert found[7, "o'brien"] == "Brien" and found[7, "hello"] == "Hello" and (8, "hello") not in found
    assert found[8, "shout"] == "Hej" and (9, "shout") not in found
    assert found[10, "whole"] == "Hyran tja ökar med 4 5 %" and found[10, "percent"] == "5 %"
    assert found[12, "whole"] == "Inledande hårt mellanslag och avslutande"
    assert found[13, "caps"] == "IT"
    assert not {theme for _, theme in found} & {"empty", "exclude_only", "odd_kind"}


@pytest.mark.parametrize("text", ["a", " a ", "a  b", "a\t\tb", "a . b", "a.b", "—a—", "a%b", "1 500", "ä\u00a0ö",
                                  "a\u200bb", "a ☀️ b", "a \n\n b", ". ", "  "])
def test_normalisation_is_the_views(text: str) -> None:
    fast, view = fast_and_view([(text, "sv")], [("whole", "*", "include", None, " .* ")])
    assert fast == view
