"""The theme build's recall layer (warehouse/themes_model.py) and negation marks: the model adds theme sentences
the rules have no word for, never where a rule excludes (price, kommunikatör), stores why (score and n-grams),
scores exactly as its features define, and is what the training command makes from the labelled set."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

from tests.test_themes import bench
from warehouse import themes_model
from warehouse.db import sql_file

REPO = Path(__file__).resolve().parents[1]


def build_rows(sentences: list[tuple[str, str]]) -> dict[int, dict[str, tuple]]:
    """sentence number → theme → (method, matched_text, score, evidence_ngrams, is_negated), from the real build."""
    con, _build = bench.build(sentences)
    rows = con.execute("SELECT sentence_no, theme, method, matched_text, score, evidence_ngrams, is_negated "
                       "FROM sentence_themes").fetchall()
    con.close()
    out: dict[int, dict[str, tuple]] = {}
    for no, theme, *rest in rows:
        out.setdefault(no, {})[theme] = tuple(rest)
    return out


@pytest.fixture(scope="module")
def labelled() -> tuple[list[dict[str, str]], dict[int, dict[str, tuple]]]:
    """The sentences the model and rules were built from (not the final blind batch, measured once), as built."""
    with open(bench.SENTENCES_CSV, newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["split"] not in themes_model.HELD_OUT_SPLITS]
    return rows, build_rows([(r["sentence"], r["language"]) for r in rows])


def test_the_model_adds_what_the_rules_miss_and_says_why(labelled) -> None:
    rows, found = labelled
    spec = json.loads(themes_model.MODEL_JSON.read_text(encoding="utf-8"))
    thresholds = {t["theme"]: t["threshold"] for t in spec["themes"]}
    model = [(no, theme, match) for no, themes in found.items() for theme, match in themes.items()
             if match[0] == "model"]
    assert len(model) >= 100
    for no, theme, (_method, text, score, ngrams, _negated) in model:
        assert score >= thresholds[theme] and ngrams and text, (rows[no - 1]["sentence"], theme)
        assert text in rows[no - 1]["sentence"]  # the report highlights it
    correct = sum(theme in rows[no - 1]["themes"].split(";") for no, theme, _ in model)
    assert correct / len(model) >= 0.9  # on its training data: a regression guard, not an estimate
    for themes in found.values():
        for method, text, score, ngrams, _negated in themes.values():
            if method == "rule":
                assert score is None and ngrams is None and text


def test_labelled_traps_get_no_theme_from_the_model(labelled) -> None:
    """Every labelled sentence where pris/price is not a prize, or komunikat-/communicat- is not the municipality:
    the model never adds the theme (the rules' own misses are counted, and may not grow)."""
    rows, found = labelled
    price = [i for i, r in enumerate(rows, 1)
             if re.search(r"\bpris|\bprice", r["sentence"], re.I) and "awards" not in r["themes"]]
    communication = [i for i, r in enumerate(rows, 1) if re.search(r"kommunikat|communicat", r["sentence"], re.I)
                     and "municipality_cooperation" not in r["themes"]]
    assert len(price) >= 40 and len(communication) >= 10
    price_hits = [found[i]["awards"] for i in price if "awards" in found.get(i, {})]
    assert all(method == "rule" for method, *_ in price_hits) and len(price_hits) <= 2
    assert not [i for i in communication if "municipality_cooperation" in found.get(i, {})]


@pytest.mark.parametrize("sentence", [
    "Priset på fjärrvärme höjs med åtta procent från januari.",
    "Elpriset har fördubblats sedan i fjol.",
    "Vi fick betala ett högt pris för förseningen.",
])
def test_price_is_not_an_award(sentence: str) -> None:
    assert "awards" not in build_rows([(sentence, "sv")]).get(1, {})


@pytest.mark.parametrize("sentence", [
    "Vår nya kommunikatör börjar på måndag.",
    "Kommunikationsavdelningen har tagit fram en ny logga.",
    "Vi behöver kommunicera tydligare med varandra.",
])
def test_communication_is_not_the_municipality(sentence: str) -> None:
    assert "municipality_cooperation" not in build_rows([(sentence, "sv")]).get(1, {})


def test_negated_awards_are_awards_but_marked_negated() -> None:
    found = build_rows([("Vi fick inte priset.", "sv"), ("Vi vann priset för bästa nyproduktion.", "sv"),
                        ("We did not win the award this year.", "en"), ("Det blev inget pris i år.", "sv")])
    assert found[1]["awards"][4] is True and found[3]["awards"][4] is True and found[4]["awards"][4] is True
    assert found[2]["awards"][4] is False


def test_labelled_negated_awards_are_marked(labelled) -> None:
    rows, found = labelled
    negated = [i for i, r in enumerate(rows, 1) if "negat" in r["note"].lower() and "awards" in r["themes"]]
    affirmed = [i for i, r in enumerate(rows, 1) if "negat" not in r["note"].lower() and "awards" in r["themes"]
                and not re.search(r"\b(inte|not|didn|never|aldrig|inget|ingen)\b", r["sentence"], re.I)]
    assert len(negated) >= 20
    marked = [i for i in negated if found.get(i, {}).get("awards", (None,) * 5)[4]]
    assert len(marked) / len(negated) >= 0.6
    wrongly = [rows[i - 1]["sentence"] for i in affirmed if found.get(i, {}).get("awards", (None,) * 5)[4]]
    assert len(wrongly) <= 0.02 * len(affirmed), wrongly


def test_scoring_per_word_equals_the_features_times_the_weights() -> None:
    model = themes_model.ThemeModel.load()
    sentences = ["Hyresgästerna valde själva färgerna i trapphusen.", "Vi byter alla stammar i höst.",
                 "Nu kan du anmäla fel i mobilen dygnet runt.", "", "ord ord ord"]
    x = themes_model.features(model._words, sentences).toarray()
    weights = np.asarray([t["weights"] for t in model.spec["themes"]]).T
    intercepts = np.asarray([t["intercept"] for t in model.spec["themes"]])
    expected = 1 / (1 + np.exp(-(x @ weights + intercepts)))
    assert np.allclose(model.probabilities(sentences), expected, atol=1e-9)


def test_the_artefact_is_what_training_makes_from_the_labelled_set(tmp_path: Path) -> None:
    out = tmp_path / "theme_model.json"
    out.write_bytes(themes_model.MODEL_JSON.read_bytes())  # keeps the chosen thresholds, as train does
    themes_model.train(out=out)
    assert out.read_bytes() == themes_model.MODEL_JSON.read_bytes()


def test_a_theme_without_examples_is_refused() -> None:
    with pytest.raises(ValueError, match="needs labelled sentences"):
        themes_model.fit(["a b c", "a b c", "d e f"], [set(), set(), set()], ["awards"])


def test_demo_evidence_is_the_same_whatever_the_row_order() -> None:
    """Two runs of one archive must pick the same evidence sentence (issue 16, point 13)."""
    import duckdb

    rows = [("awards", "https://b/p/", n, f"Mening {n} om priset.", n == 1) for n in range(1, 40)]
    answers = set()
    for order in (rows, rows[::-1]):
        con = duckdb.connect()
        con.execute("CREATE TABLE theme_mentions (theme_label_sv VARCHAR, post_url VARCHAR, sentence_no INTEGER, "
                    "sentence VARCHAR, is_negated BOOLEAN, published_at TIMESTAMPTZ, theme VARCHAR)")
        for theme, url, no, sentence, negated in order:
            con.execute("INSERT INTO theme_mentions VALUES ('Priser', ?, ?, ?, ?, TIMESTAMPTZ '2024-01-01', ?)",
                        [url, no, sentence, negated, theme])
        answers.add(tuple(con.execute(sql_file("queries/demo_theme_totals.sql")).fetchall()))
    assert answers == {(("Priser", 1, 39, "Mening 2 om priset."),)}  # the first not negated, by sentence number


def test_words_are_cut_into_ngrams_as_scikit_learn_cuts_them() -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    model = themes_model.ThemeModel.load()
    with open(bench.SENTENCES_CSV, newline="", encoding="utf-8") as handle:
        sentences = [row["sentence"] for row in csv.DictReader(handle)][:300]
    sentences += ["a", "ab", "I", "x  y", "", "  ", "Åäö ÅÄÖ", "e-post,sms;app"]
    reference = CountVectorizer(analyzer="char_wb", ngram_range=tuple(model.spec["ngram_range"]),
                                vocabulary={g: i for i, g in enumerate(model.vocabulary)}).transform(sentences)
    words_per_sentence, vectors = model._words.split(sentences)
    counts = words_per_sentence @ vectors.multiply(1 / np.asarray(model.spec["idf"])).tocsr()
    assert abs(reference - counts).max() < 1e-9


def test_sentences_split_as_one_text_or_one_by_one_give_the_same_words_and_scores() -> None:
    # split() lowers and splits the sentences as one text joined by a separator word; a sentence that holds that
    # word sends every sentence through the one-by-one path: both must give each sentence its own words.
    model = themes_model.ThemeModel.load()
    sentences = ["Hyresgästerna fick nya solceller på taket.", "", "  Vi  fick INTE priset i år ", "Σ ΣΑΣ ok"]
    words_per_sentence, _ = model._words.split(sentences)
    assert np.asarray(words_per_sentence.sum(axis=1)).ravel().tolist() == [len(s.split()) for s in sentences]
    odd = "Ett \x00 ord till"
    words_odd, _ = model._words.split(sentences + [odd])
    assert np.asarray(words_odd.sum(axis=1)).ravel().tolist() == [len(s.split()) for s in sentences + [odd]]
    together, apart = model.probabilities(sentences), model.probabilities(sentences + [odd])[:-1]
    alone = np.vstack([model.probabilities([s]) for s in sentences])
    assert np.allclose(together, alone) and np.allclose(apart, alone)


def test_vectorised_evidence_equals_the_ngrams_ranked_one_match_at_a_time() -> None:
    # matches() ranks every match's n-grams at once (a cutoff per match, then two sorts); ranked one match at a
    # time, by a stable argsort of its contributions, the evidence must be the same.
    model = themes_model.ThemeModel.load()
    with open(bench.SENTENCES_CSV, newline="", encoding="utf-8") as handle:
        sentences = [row["sentence"] for row in csv.DictReader(handle)]
    found = model.matches(sentences)
    assert len(found) > 100
    x = themes_model.features(model._words, [sentences[m.row] for m in found])
    for i, match in enumerate(found):
        start, end = x.indptr[i], x.indptr[i + 1]
        contributions = x.data[start:end] * model._weights[x.indices[start:end], model.themes.index(match.theme)]
        expected: list[str] = []
        for k in np.argsort(-contributions, kind="stable"):
            ngram = model.vocabulary[x.indices[start + k]].strip()
            if contributions[k] <= 0 or len(expected) == themes_model.EVIDENCE_NGRAMS:
                break
            if ngram and ngram not in expected:
                expected.append(ngram)
        assert match.ngrams == expected, match
