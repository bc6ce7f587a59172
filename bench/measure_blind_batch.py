"""Measure a blind batch of labelled sentences once, through the warehouse's real theme build (rules, recall layer,
negation), before it is imported into bench/data/theme_sentences.csv.

The batch is a CSV with at least `sentence`, `language`, `themes` (`;`-separated, empty = none) and optionally
`note` (`negated` marks a negated award). Prints, per theme, precision and recall of the rules alone (the rows the
build stores with method `rule`) and of rules + model (every row it stores), and writes them as JSON: the record
kept in bench/data/ (e.g. final_c_measurement.json). Run it once per batch, with the rules and model frozen.

    python bench/measure_blind_batch.py /path/to/final_e.csv --name final_e --json bench/data/final_e_measurement.json
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

import bench_themes  # noqa: E402


def ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 3) if denominator else 1.0


def measure(batch_csv: Path) -> dict:
    """{theme: {rules_precision, rules_recall, precision, recall, support, predicted, true_positives}, "micro": …,
    "negation": {labelled_negated, flagged, both}} for the batch, as the real theme build finds it."""
    with open(batch_csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # sentence_no counts the batch's rows from 1, as build_found numbers them; "all" of bench_themes.score's splits
    labels = [{"sentence_no": no, "themes": set(filter(None, row["themes"].split(";"))), "split": "batch"}
              for no, row in enumerate(rows, 1)]
    found = bench_themes.build_found(batch_csv)
    themes = sorted({t for label in labels for t in label["themes"]} | {theme for _, theme, *_ in found})

    def scores(rules_only: bool) -> dict[str, bench_themes.Score]:
        kept = [(no, theme, text) for no, theme, text, method, _ in found if method == "rule" or not rules_only]
        per_theme = {s.theme: s for s in bench_themes.score(labels, kept, themes) if s.split == "all"}
        micro = bench_themes.Score("micro", "all", *(sum(getattr(s, f) for s in per_theme.values())
                                                      for f in ("support", "predicted", "true_positives")))
        return per_theme | {"micro": micro}

    everything, by_rules = scores(rules_only=False), scores(rules_only=True)
    report: dict = {
        theme: {"rules_precision": ratio(rules.true_positives, rules.predicted),
                "rules_recall": ratio(rules.true_positives, rules.support),
                "precision": ratio(s.true_positives, s.predicted), "recall": ratio(s.true_positives, s.support),
                "support": s.support, "predicted": s.predicted, "true_positives": s.true_positives}
        for theme, s, rules in ((t, everything[t], by_rules[t]) for t in everything)
    }
    flagged_negated = {no for no, theme, _, _, negated in found if theme == "awards" and negated}
    labelled_negated = {label["sentence_no"] for label, row in zip(labels, rows)
                        if "negat" in (row.get("note") or "") and "awards" in label["themes"]}
    report["negation"] = {"labelled_negated": len(labelled_negated), "flagged": len(flagged_negated),
                          "both": len(labelled_negated & flagged_negated)}
    return report


def markdown(report: dict) -> str:
    lines = ["| theme | rules P | rules R | rules + model P | rules + model R | n |", "|---|---:|---:|---:|---:|---:|"]
    for theme, s in report.items():
        if theme == "negation":
            continue
        name = f"**{theme}**" if theme == "micro" else theme
        lines.append(f"| {name} | {s['rules_precision']:.2f} | {s['rules_recall']:.2f} | {s['precision']:.2f} | "
                     f"{s['recall']:.2f} | {s['support']} |")
    n = report["negation"]
    lines.append(f"\nnegated awards: {n['both']} of {n['labelled_negated']} labelled `negated` marked is_negated "
                 f"({n['flagged']} marked in all)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path, help="the batch's CSV (sentence, language, themes[, note])")
    parser.add_argument("--name", required=True, help="the batch's split name, the JSON's top-level key")
    parser.add_argument("--json", type=Path, help="write the measurement here")
    args = parser.parse_args(argv)
    report = measure(args.batch)
    print(markdown(report))
    if args.json:
        args.json.write_text(json.dumps({args.name: report}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
