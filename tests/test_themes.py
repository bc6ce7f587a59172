"""Theme detection: the int_sentence_themes view with the seeded theme_rules, on the labelled set and on
targeted sentences (the seed post's price vs prize, Swedish compounds, å/ä/ö word boundaries, languages)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[1]


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_themes", REPO / "bench" / "bench_themes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(module)
    return module


bench = _load_bench()

THEMES = {
    "awards",
    "municipality_cooperation",
    "tenants",
    "renovation_construction",
    "economy_rents",
    "energy_sustainability",
    "equality_inclusion",
    "digitalisation",
}

# About four points below what the rules reach on all 419 labelled sentences (bench/bench_themes.py):
# a rule change that loses more than that fails here. Raise them when the rules get better.
FLOORS = {  # theme: (precision, recall) on the 643 sentences the rules were tuned on (split "tuned": dev, test,
    # holdout, holdout2), a few points below what the rules reach. The blind batches A and B are measured in
    # bench/data/README.md and, with the recall layer, in tests/test_theme_model.py.
    "awards": (0.97, 0.97),
    "digitalisation": (0.95, 0.92),
    "economy_rents": (0.96, 0.92),
    "energy_sustainability": (0.95, 0.95),
    "equality_inclusion": (0.97, 0.83),
    "municipality_cooperation": (0.95, 0.96),
    "renovation_construction": (0.95, 0.88),
    "tenants": (0.96, 0.87),
}


@pytest.fixture(scope="module")
def evaluation() -> dict:
    return bench.evaluate()


@pytest.fixture(scope="module")
def rules() -> list[dict]:
    con = bench.connect()
    try:
        cursor = con.execute("select * from theme_rules")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    finally:
        con.close()


def themes_of(sentence: str, language: str | None = "sv") -> dict[str, str]:
    return bench.classify([(sentence, language)])[0]


# --- the labelled set ---------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", sorted(FLOORS))
def test_precision_and_recall_stay_above_floor(evaluation: dict, theme: str) -> None:
    score = next(s for s in evaluation["scores"] if s.theme == theme and s.split == "tuned")
    min_precision, min_recall = FLOORS[theme]
    misses = bench.errors(evaluation, "all")
    assert score.precision >= min_precision, f"{theme} precision {score.precision:.3f}\n{misses}"
    assert score.recall >= min_recall, f"{theme} recall {score.recall:.3f}\n{misses}"


def test_labelled_set_is_well_formed(evaluation: dict) -> None:
    labels = evaluation["labels"]
    assert sum(r["language"] == "sv" for r in labels) >= 150
    assert sum(r["language"] == "en" for r in labels) >= 30
    assert {r["split"] for r in labels} >= {"dev", "test", "holdout", "holdout2", "blind_a", "blind_b", "final_c",
                                           "blind_d1", "blind_d2", "final_e", "blind_f1", "blind_f2"}
    assert all(r["themes"] <= THEMES for r in labels), "a label uses an unknown theme id"
    assert len({r["sentence"] for r in labels}) == len(labels), "duplicate sentences"


def test_one_row_per_sentence_and_theme(evaluation: dict) -> None:
    keys = [(no, theme) for no, theme, _ in evaluation["found"]]
    assert len(keys) == len(set(keys))
    assert all(text for _, _, text in evaluation["found"]), "every row carries its evidence"


# --- the rules file -------------------------------------------------------------------------------------


def test_every_required_theme_has_rules_in_both_languages(rules: list[dict]) -> None:
    for theme in THEMES:
        for language in ("sv", "en"):
            assert any(
                r["theme"] == theme and r["rule_kind"] == "include" and r["language"] in (language, "*")
                for r in rules
            ), f"{theme} has no include rule for {language}"


def test_rules_are_well_formed(rules: list[dict]) -> None:
    con = bench.connect()
    try:
        theme_ids = {t for (t,) in con.execute("select theme from themes").fetchall()}
    finally:
        con.close()
    assert THEMES <= theme_ids
    for r in rules:
        where = f"{r['theme']}: {r['pattern']}"
        assert r["theme"] in theme_ids, where
        assert r["rule_kind"] in ("include", "exclude", "negation"), where
        assert r["language"] in ("sv", "en", "*"), where
        assert r["anchor"], f"empty anchor makes the rule run a regex on every sentence: {where}"
        # \b and \w are ASCII-only in DuckDB (å, ä, ö are non-letters); \p{..} compiles to ~ms per row
        assert not re.search(r"\\[bBwW]|\\p\{|\\P\{", r["pattern"]), where
        assert r["pattern"] == r["pattern"].strip() and r["anchor"] == r["anchor"].strip(), where


def test_every_pattern_compiles_and_never_matches_empty(rules: list[dict]) -> None:
    con = duckdb.connect()
    for r in rules:
        pattern = r["pattern"].replace("\\m", " ").replace("\\M", " ")
        # compiles (a bad pattern raises), and '' does not match: the view treats '' as "no match"
        assert not con.execute("select regexp_matches(' ', ?, 'i')", [pattern]).fetchone()[0], r["pattern"]


def test_anchors_never_hide_a_match() -> None:
    assert bench.anchor_violations() == []


# --- targeted cases ---------------------------------------------------------------------------------------

SEED_PRICE = (
    "En av de saker han tog upp och som verkligen fastnade i minnet (och dokumenterades på bild), var att "
    "priset på bostadsrätter ökat med 1500 % i Botkyrka på 20 år, jämfört med Stockholm som ökat 336% på 20 år."
)
SEED_PRIZE = (
    "Den här fredagen förgylls extra av att Botkyrkabyggen fått Arbetsförmedlingens pris för bästa "
    "initiativ inom jämställdhet."
)


def test_seed_price_sentence_is_economy_not_awards() -> None:
    assert set(themes_of(SEED_PRICE)) == {"economy_rents"}


def test_seed_prize_sentence_is_awards_and_equality() -> None:
    found = themes_of(SEED_PRIZE)
    assert set(found) == {"awards", "equality_inclusion"}
    assert found["awards"] == "pris"


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Vår nye kommundirektör Leif Eriksson inledde tisdagen.", "municipality_cooperation"),
        ("Vi är en viktig pusselbit i samhällsbygget Botkyrka", "municipality_cooperation"),
        ("Vi har träffat Hyresgästföreningen i Alby.", "tenants"),
        ("Energieffektiviseringen av beståndet fortsätter.", "energy_sustainability"),
        ("Projektet blev prisbelönt i fjol.", "awards"),
        ("Botkyrkabyggen nominerades till Årets Allmännytta.", "awards"),
        ("Stort grattis till teamet som vann Trygghetspriset!", "awards"),
        ("Vi fick inte priset i år, men nomineringen var värd mycket.", "awards"),
        ("Stambytet i Hallunda är klart.", "renovation_construction"),
        ("Hyresförhandlingen blev klar i december.", "economy_rents"),
    ],
)
def test_swedish_compounds_and_inflections(sentence: str, theme: str) -> None:
    assert theme in themes_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_theme"),
    [
        # \b-style boundaries would see "pris" as a word in "prisökning" (ö is not \w in DuckDB)
        ("Vi ser en kraftig prisökning på material.", "awards"),
        ("Prisnivån på bostadsrätter är låg.", "awards"),
        ("Elpriset har fördubblats.", "awards"),
        ("Vi har en ny kommunikationschef.", "municipality_cooperation"),
        ("Vi har 13 000 lägenheter i Botkyrka kommun.", "municipality_cooperation"),
        ("Kommunen planerar ett nytt särskilt boende för äldre.", "tenants"),
        ("Jag har fått mycket energi av alla möten.", "energy_sustainability"),
        ("Klimatet på arbetsplatsen har blivit bättre.", "energy_sustainability"),
        ("Det handlar om att bygga förtroende.", "renovation_construction"),
        ("Den socioekonomiska strukturen skiljer sig åt.", "economy_rents"),
        ("Vi har fått en ny ekonomiassistent.", "economy_rents"),
        ("Klimatbokslutet visar minskade utsläpp.", "economy_rents"),
    ],
)
def test_other_meanings_do_not_count(sentence: str, not_theme: str) -> None:
    assert not_theme not in themes_of(sentence)


def test_compound_prizes_are_awards_not_price_or_energy() -> None:
    # the price-compound exclusions start at a word: "klimatpris" is not "matpris", "Nobelpriset" not "elpris"
    assert set(themes_of("Vi fick ta emot Allmännyttans klimatpris.")) == {"awards", "energy_sustainability"}
    assert set(themes_of("Hon tilldelades Nobelpriset.")) == {"awards"}


def test_excludes_blank_out_their_match_only() -> None:
    found = themes_of("Trots att priset på material har ökat lyckades vi vinna priset för årets bygge.")
    assert {"awards", "economy_rents"} <= set(found)
    assert found["awards"] == "priset"


def test_rules_follow_the_sentence_language() -> None:
    assert "digitalisation" in themes_of("Our IT department moved everything to the cloud.", "en")
    assert "digitalisation" not in themes_of("It was a great day in Tumba.", "en")
    # Swedish "rent" means clean: the English rent rule must not fire on Swedish sentences
    assert "economy_rents" not in themes_of("Det är rent och snyggt i trapphusen.", "sv")
    assert "economy_rents" in themes_of("Rents will rise by four percent.", "en")


def test_language_variants_and_unknown_language() -> None:
    assert "municipality_cooperation" in themes_of("Vi har en ny kommundirektör.", "sv-SE")
    # no language: every rule applies
    assert "municipality_cooperation" in themes_of("Vi har en ny kommundirektör.", None)
    assert "awards" in themes_of("We won the prize.", None)
