"""The theme build's recall layer: a per-theme text classifier, trained from labelled sentences, that finds theme
sentences the keyword rules have no word for.

Model: TF-IDF over character n-grams within words (scikit-learn's ``char_wb``, 2–5 characters, n-grams seen in
at least two training sentences, smoothed idf) and one logistic regression per theme (class-balanced). A
sentence's features are its n-gram counts × idf divided by the root of its words' summed squared norms (an l2
norm taken word by word: ``features``), which lets scoring work per distinct word and scored as well as
scikit-learn's own TfidfVectorizer in cross-validation. It learns from ``bench/data/theme_sentences.csv`` (all
splits but the final blind batch) and is stored as one JSON file beside the rules
(``warehouse/seeds/theme_model.json``): the n-gram vocabulary, its idf, and each theme's weights, intercept and
threshold. Scoring needs only that file, numpy and scipy (no pickle, no download, no scikit-learn import):
``tests/test_theme_model.py`` checks the n-grams equal scikit-learn's and the per-word sum equals the features
times the weights.

The model never decides alone what the rules forbid: warehouse/themes.py stores a model match only for a sentence
and theme where no rule of the theme matched *and* no exclude rule of the theme fires (price senses of *pris*,
*kommunikatör*, …). Its evidence is the score and the n-grams that pushed the score up most.

    python -m warehouse.themes_model train            # retrain from the labelled set → warehouse/seeds/theme_model.json
    python -m warehouse.themes_model train --without-splits blind_a,blind_b   # e.g. to measure on held-out batches
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from itertools import chain, count
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

HERE = Path(__file__).resolve().parent
MODEL_JSON = HERE / "seeds" / "theme_model.json"
THEMES_CSV = HERE / "seeds" / "themes.csv"
LABELLED_CSV = HERE.parent / "bench" / "data" / "theme_sentences.csv"

# Chosen by 5-fold cross-validation on the 643 sentences labelled before the blind batches (bench/data/README.md);
# the per-theme thresholds by bench/theme_model_cv.py --choose-thresholds.
ANALYZER = "char_wb"
NGRAM_RANGE = (2, 5)
MIN_DF = 2  # an n-gram seen in one training sentence only is noise more often than signal
C = 10.0
THRESHOLD = 0.7  # the model's probability needed for a match: 0.5 cost ~10 points of precision in cross-validation
EVIDENCE_NGRAMS = 3
# Splits never trained on: the final blind batch is measured once with the frozen model (bench/data/README.md).
HELD_OUT_SPLITS = frozenset({"final_e"})
_DECIMALS = 5  # weights and idf are rounded in the file: small, stable diffs; scores change < 1e-4


@dataclass(frozen=True)
class ModelMatch:
    """One sentence the model puts in a theme."""

    row: int  # index into the scored sentences
    theme: str
    score: float  # the model's probability
    ngrams: list[str]  # the n-grams that raised the score most, strongest first


class ThemeModel:
    """A trained model read from its JSON artefact; scores sentences without scikit-learn's estimators."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.vocabulary: list[str] = spec["vocabulary"]
        self.themes: list[str] = [t["theme"] for t in spec["themes"]]
        self._idf = np.asarray(spec["idf"], dtype=np.float64)
        self._weights = np.asarray([t["weights"] for t in spec["themes"]], dtype=np.float64).T  # n-grams × themes
        self._intercepts = np.asarray([t["intercept"] for t in spec["themes"]], dtype=np.float64)
        self._thresholds = np.asarray([t["threshold"] for t in spec["themes"]], dtype=np.float64)
        self._words = WordNgrams(self.vocabulary, self._idf, tuple(spec["ngram_range"]))
        self._stripped = [g.strip() for g in self.vocabulary]  # evidence shows n-grams without their padding

    @classmethod
    def load(cls, path: Path = MODEL_JSON) -> ThemeModel:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def probabilities(self, sentences: list[str]) -> np.ndarray:
        """sentences × themes: the probability that each sentence is about each theme. Computed per distinct word
        (its n-grams' weighted sum and squared norm), then summed per sentence: the features are never built."""
        if not sentences:
            return np.zeros((0, len(self.themes)))
        words_per_sentence, vectors = self._words.split(sentences)
        per_word = vectors @ self._weights  # words × themes
        squares = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()
        norms = np.sqrt(words_per_sentence @ squares)
        norms[norms == 0] = 1.0
        logits = (words_per_sentence @ per_word) / norms[:, None] + self._intercepts
        return 1.0 / (1.0 + np.exp(-logits))

    def matches(self, sentences: list[str], *, skip: set[tuple[int, str]] | None = None,
                decided: np.ndarray | None = None) -> list[ModelMatch]:
        """Every (sentence, theme) whose probability reaches the theme's threshold, with its evidence; pairs the
        rules decided are left out: ``skip`` as (row, theme), or ``decided`` as a sentences × themes boolean mask."""
        probabilities = self.probabilities(sentences)
        reached = probabilities >= self._thresholds
        if decided is not None:
            reached &= ~decided
        rows, columns = np.nonzero(reached)
        if skip:
            kept = [(r, self.themes[c]) not in skip for r, c in zip(rows.tolist(), columns.tolist())]
            rows, columns = rows[kept], columns[kept]
        if not len(rows):
            return []
        x = features(self._words, [sentences[r] for r in rows.tolist()])
        # Evidence, vectorised over every pair: each pair's n-gram contributions, strongest first, ties in the
        # row's order (what a stable argsort per pair gives), only those that raised the score.
        pair_of = np.repeat(np.arange(len(rows)), np.diff(x.indptr))
        contributions = x.data * self._weights[x.indices, columns[pair_of]]
        order = _top_of_each(np.flatnonzero(contributions > 0), contributions, pair_of)
        order = order[np.argsort(-contributions[order], kind="stable")]
        order = order[np.argsort(pair_of[order], kind="stable")]
        bounds = np.searchsorted(pair_of[order], np.arange(len(rows) + 1)).tolist()
        ngram_ids = x.indices[order].tolist()
        stripped = self._stripped
        scores = [round(p, 4) for p in probabilities[rows, columns].tolist()]  # Python's rounding, as stored
        found = []
        for i, (row, column) in enumerate(zip(rows.tolist(), columns.tolist())):
            ngrams: list[str] = []
            for k in range(bounds[i], bounds[i + 1]):
                ngram = stripped[ngram_ids[k]]
                if ngram and ngram not in ngrams:
                    ngrams.append(ngram)
                    if len(ngrams) == EVIDENCE_NGRAMS:
                        break
            found.append(ModelMatch(row, self.themes[column], scores[i], ngrams))
        return found


def _top_of_each(positions: np.ndarray, values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """The positions (ascending, grouped) whose value is among the 4 × EVIDENCE_NGRAMS largest distinct values of
    their group: the evidence never needs more (an n-gram stripped of its padding has at most 4 padded forms), and
    sorting only these is what makes the evidence cheap."""
    if not len(positions):
        return positions
    remaining = values[positions].copy()
    group = groups[positions]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    lengths = np.diff(np.r_[starts, len(group)])
    cutoff = np.full(len(starts), -np.inf)
    for _ in range(4 * EVIDENCE_NGRAMS):
        top = np.maximum.reduceat(remaining, starts)
        cutoff = np.where(top > -np.inf, top, cutoff)
        remaining[remaining == np.repeat(top, lengths)] = -np.inf
    return positions[values[positions] >= np.repeat(cutoff, lengths)]


_SEPARATOR_WORD = "\x00"  # not whitespace, so split() keeps it as a word of its own; no cased letter either
_SEPARATOR = f" {_SEPARATOR_WORD} "


class WordNgrams:
    """The vocabulary's character n-grams of each word, weighted by idf. ``char_wb`` n-grams never cross a word
    boundary (scikit-learn pads and cuts each whitespace-separated word alone), so a sentence's n-grams are the
    sum of its words' and each distinct word is cut once — here, as scikit-learn's ``_char_wb_ngrams`` cuts it
    (tests/test_theme_model.py checks), so that scoring needs no scikit-learn import."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray, ngram_range: tuple[int, int]) -> None:
        self._idf = idf
        self._index = {g: i for i, g in enumerate(vocabulary)}
        self._ngram_range = ngram_range

    def _cut(self, word: str) -> list[int]:
        """The vocabulary ids of the word's padded n-grams, with repeats."""
        padded = f" {word} "
        low, high = self._ngram_range
        ids = []
        for n in range(low, high + 1):
            if len(padded) < n:  # scikit-learn counts a word shorter than n once, whole
                grams = [padded]
            else:
                grams = [padded[i:i + n] for i in range(len(padded) - n + 1)]
            ids += [self._index[g] for g in grams if g in self._index]
            if len(padded) <= n:
                break
        return ids

    def split(self, sentences: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """(sentences × distinct words: how often each occurs, distinct words × n-grams: counts × idf)."""
        # No Python loop per word: the sentences are lowered and split as one text, joined by a separator word no
        # sentence holds (else one by one); word ids in order of first occurrence, as the per-word loop gave them.
        joined = _SEPARATOR.join(sentences)
        is_joined = joined.count(_SEPARATOR_WORD) == max(len(sentences) - 1, 0)
        if is_joined:
            tokens = joined.lower().split()  # lowering a whole text = lowering each sentence: spaces part them
        else:
            words = [sentence.lower().split() for sentence in sentences]
            tokens = list(chain.from_iterable(words))
        distinct = dict.fromkeys(tokens)
        if is_joined:
            distinct.pop(_SEPARATOR_WORD, None)
        word_ids = dict(zip(distinct, count()))
        if is_joined:
            word_ids[_SEPARATOR_WORD] = -1
        columns = np.fromiter(map(word_ids.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        if is_joined:
            is_word = columns >= 0
            columns = columns[is_word]
            rows = np.cumsum(~is_word)[is_word]  # a word's sentence: how many separators precede it
        else:
            rows = np.repeat(np.arange(len(sentences), dtype=np.int64), [len(ws) for ws in words])
        words_per_sentence = sp.csr_matrix((np.ones(len(rows)), (rows, columns)),
                                           shape=(len(sentences), max(len(distinct), 1)))
        cut = [self._cut(word) for word in distinct]
        ngram_rows = np.repeat(np.arange(len(cut), dtype=np.int64), [len(ids) for ids in cut])
        ngram_columns = np.fromiter((i for ids in cut for i in ids), dtype=np.int64, count=len(ngram_rows))
        counts = sp.csr_matrix((np.ones(len(ngram_rows)), (ngram_rows, ngram_columns)),
                               shape=(max(len(distinct), 1), len(self._idf)))  # duplicates are summed
        return words_per_sentence, counts.multiply(self._idf).tocsr()


def features(words: WordNgrams, sentences: list[str]) -> sp.csr_matrix:
    """The model's features: each sentence's n-gram counts × idf, divided by the root of its words' summed squared
    norms (an l2 norm taken word by word, so that scoring can stay per word: ThemeModel.probabilities)."""
    words_per_sentence, vectors = words.split(sentences)
    squares = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()
    norms = np.sqrt(words_per_sentence @ squares)
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ (words_per_sentence @ vectors))


def evidence_word(sentence: str, ngrams: list[str]) -> str:
    """The word of the sentence that holds the strongest n-gram (what the report highlights), else the n-gram."""
    for ngram in ngrams:
        for word in sentence.split():
            if ngram.lower() in word.lower():
                return word.strip(".,;:!?()\"'«»”“")
    return ngrams[0] if ngrams else ""


def read_labelled(path: Path = LABELLED_CSV, without_splits: frozenset[str] = frozenset(),
                  ) -> list[dict[str, str]]:
    """The labelled sentences (bench/data/README.md), less the named splits."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["split"] not in without_splits]


def theme_ids(path: Path = THEMES_CSV) -> list[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return sorted(row["theme"] for row in csv.DictReader(handle))


def fit(sentences: list[str], labels: list[set[str]], themes: list[str], *, c: float = C,
        threshold: float = THRESHOLD) -> dict[str, Any]:
    """Train the vectoriser and one classifier per theme; returns the artefact (a JSON-able dict). Deterministic:
    the same data gives the same file. A theme without positive and negative examples is refused."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    # scikit-learn chooses the vocabulary (min_df) and its smoothed idf; the features are ours (see features())
    vectorizer = TfidfVectorizer(analyzer=ANALYZER, ngram_range=NGRAM_RANGE, min_df=MIN_DF, lowercase=True,
                                 dtype=np.float64).fit(sentences)
    vocabulary = vectorizer.get_feature_names_out().tolist()
    idf = np.round(vectorizer.idf_, _DECIMALS)
    x = features(WordNgrams(vocabulary, idf, NGRAM_RANGE), sentences)
    out_themes = []
    for theme in themes:
        y = np.asarray([theme in label for label in labels])
        if y.all() or not y.any():
            raise ValueError(f"theme {theme!r} needs labelled sentences with and without it to train on")
        classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="lbfgs").fit(x, y)
        out_themes.append({
            "theme": theme,
            "positives": int(y.sum()),
            "threshold": threshold,
            "intercept": round(float(classifier.intercept_[0]), _DECIMALS),
            "weights": [round(float(w), _DECIMALS) for w in classifier.coef_[0]],
        })
    return {
        "format": 1,
        "analyzer": ANALYZER,
        "ngram_range": list(NGRAM_RANGE),
        "min_df": MIN_DF,
        "c": c,
        "trained_on": len(sentences),
        "vocabulary": vocabulary,
        "idf": idf.tolist(),
        "themes": out_themes,
    }


def train(labelled_csv: Path = LABELLED_CSV, out: Path = MODEL_JSON,
          without_splits: frozenset[str] = HELD_OUT_SPLITS) -> dict[str, Any]:
    """Retrain from the labelled set and write the artefact; returns it. Each theme keeps the threshold the
    current artefact gives it (chosen by ``bench/theme_model_cv.py --choose-thresholds``), else THRESHOLD."""
    rows = read_labelled(labelled_csv, without_splits)
    labels = [set(filter(None, row["themes"].split(";"))) for row in rows]
    spec = fit([row["sentence"] for row in rows], labels, theme_ids())
    if out.exists():
        kept = {t["theme"]: t["threshold"] for t in json.loads(out.read_text(encoding="utf-8"))["themes"]}
        for theme in spec["themes"]:
            theme["threshold"] = kept.get(theme["theme"], THRESHOLD)
    write(spec, out)
    return spec


def write(spec: dict[str, Any], out: Path = MODEL_JSON) -> None:
    """The artefact as one line of JSON per top-level key's value: deterministic bytes for the same model."""
    out.write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warehouse.themes_model", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    train_parser = commands.add_parser("train", help="train from the labelled sentences and write the artefact")
    train_parser.add_argument("--data", type=Path, default=LABELLED_CSV)
    train_parser.add_argument("--out", type=Path, default=MODEL_JSON)
    train_parser.add_argument("--without-splits", default=",".join(sorted(HELD_OUT_SPLITS)),
                              help="comma-separated splits to leave out (default: the final blind batch)")
    args = parser.parse_args(argv)
    without = frozenset(s for s in args.without_splits.split(",") if s)
    spec = train(args.data, args.out, without)
    positives = ", ".join(f"{t['theme']} {t['positives']}" for t in spec["themes"])
    print(f"trained on {spec['trained_on']} sentences ({positives}); {len(spec['vocabulary'])} n-grams → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
