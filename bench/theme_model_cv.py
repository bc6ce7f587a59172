"""Cross-validate the theme build's recall layer (warehouse/themes_model.py) on the labelled set, and choose each
theme's threshold: out-of-fold model probabilities for every sentence (5 folds), combined with the rules exactly as
the build combines them (a model match only where no include rule matched and no exclude rule fired), scored
against the labels.

    python bench/theme_model_cv.py                       # per-theme P/R of rules, model, rules + model
    python bench/theme_model_cv.py --choose-thresholds   # also write the chosen thresholds into the artefact
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_themes  # noqa: E402
from warehouse import themes_model  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)  # a model match needs the model to find the theme more likely than not
MIN_PRECISION = 0.9  # the bar: the threshold is the lowest that keeps cross-validated precision above it
# ... and where no threshold keeps it (the rules alone are below it: economy, renovation, tenants), the one with the
# best F1: the highest threshold would buy a point of precision with ten of recall.


def out_of_fold(rows: list[dict[str, str]], themes: list[str], folds: int = 5) -> np.ndarray:
    """sentences × themes: each sentence's probabilities from the model trained without its fold."""
    from sklearn.model_selection import KFold

    sentences = [r["sentence"] for r in rows]
    labels = [set(filter(None, r["themes"].split(";"))) for r in rows]
    probabilities = np.zeros((len(rows), len(themes)))
    for train, test in KFold(folds, shuffle=True, random_state=0).split(sentences):
        spec = themes_model.fit([sentences[i] for i in train], [labels[i] for i in train], themes)
        probabilities[test] = themes_model.ThemeModel(spec).probabilities([sentences[i] for i in test])
    return probabilities


def rules_and_open_pairs(csv_path: Path, themes: list[str]) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(pairs (row, theme) the rules match, pairs the rules leave open to the model), from the real build run with
    a model whose thresholds are 0: every pair it stores is one the rules left open."""
    spec = json.loads(themes_model.MODEL_JSON.read_text(encoding="utf-8"))
    for theme in spec["themes"]:
        theme["threshold"] = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.json"
        model.write_text(json.dumps(spec), encoding="utf-8")
        found = bench_themes.build_found(csv_path, model_json=model)
    rules = {(no - 1, t) for no, t, _, method, _ in found if method == "rule"}
    open_pairs = {(no - 1, t) for no, t, _, method, _ in found if method == "model"}
    return rules, open_pairs


def score(gold: np.ndarray, predicted: np.ndarray) -> tuple[float, float, int]:
    tp = int((gold & predicted).sum())
    return (tp / predicted.sum() if predicted.sum() else 1.0), (tp / gold.sum() if gold.sum() else 1.0), int(gold.sum())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=bench_themes.SENTENCES_CSV)
    parser.add_argument("--choose-thresholds", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rows = themes_model.read_labelled(args.data, themes_model.HELD_OUT_SPLITS)
    themes = themes_model.theme_ids()
    gold = np.array([[t in r["themes"].split(";") for t in themes] for r in rows])
    probabilities = out_of_fold(rows, themes)
    with tempfile.TemporaryDirectory() as tmp:  # the rows trained on, as the build sees them
        data = Path(tmp) / "rows.csv"
        import csv
        with open(data, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        rules, open_pairs = rules_and_open_pairs(data, themes)
    rule_matrix = np.zeros_like(gold)
    open_matrix = np.zeros_like(gold)
    for i, t in rules:
        rule_matrix[i, themes.index(t)] = True
    for i, t in open_pairs:
        open_matrix[i, themes.index(t)] = True
    report: dict = {"sentences": len(rows), "themes": {}}
    print(f"{len(rows)} sentences, 5-fold cross-validation (model out of fold; rules as shipped)\n")
    print("| theme | n | rules P | rules R | threshold | rules+model P | rules+model R |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    chosen = {}
    for j, theme in enumerate(themes):
        rp, rr, n = score(gold[:, j], rule_matrix[:, j])
        options = []
        for threshold in THRESHOLDS:
            combined = rule_matrix[:, j] | (open_matrix[:, j] & (probabilities[:, j] >= threshold))
            p, r, _ = score(gold[:, j], combined)
            options.append((threshold, p, r))
        good = [o for o in options if o[1] >= MIN_PRECISION]
        threshold, p, r = good[0] if good else max(options, key=lambda o: bench_themes.f1(o[1], o[2]))
        chosen[theme] = threshold
        report["themes"][theme] = {"support": n, "rules_precision": round(rp, 3), "rules_recall": round(rr, 3),
                                   "threshold": threshold, "precision": round(p, 3), "recall": round(r, 3),
                                   "by_threshold": [[t, round(pp, 3), round(rrr, 3)] for t, pp, rrr in options]}
        print(f"| {theme} | {n} | {rp:.2f} | {rr:.2f} | {threshold} | {p:.2f} | {r:.2f} |")
    combined = rule_matrix | (open_matrix & (probabilities >= np.array([chosen[t] for t in themes])))
    p, r, n = score(gold, combined)
    rp, rr, _ = score(gold, rule_matrix)
    report["micro"] = {"rules_precision": round(rp, 3), "rules_recall": round(rr, 3),
                       "precision": round(p, 3), "recall": round(r, 3), "support": n}
    print(f"| **micro** | {n} | {rp:.2f} | {rr:.2f} | | {p:.2f} | {r:.2f} |")
    if args.choose_thresholds:
        spec = json.loads(themes_model.MODEL_JSON.read_text(encoding="utf-8"))
        for theme in spec["themes"]:
            theme["threshold"] = chosen[theme["theme"]]
        themes_model.write(spec)
        print(f"\nthresholds written to {themes_model.MODEL_JSON}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
