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
    gold = [set(filter(None, row["themes"].split(";"))) for row in rows]
    found = bench_themes.build_found(batch_csv)  # sentence_no counts the batch's rows from 1
    by_rules: list[set[str]] = [set() for _ in rows]
    by_all: list[set[str]] = [set() for _ in rows]
    flagged_negated: set[int] = set()
    for no, theme, _text, method, negated in found:
        by_all[no - 1].add(theme)
        if method == "rule":
            by_rules[no - 1].add(theme)
        if theme == "awards" and negated:
            flagged_negated.add(no - 1)
    themes = sorted({t for labels in gold for t in labels} | {t for got in by_all for t in got})
    report: dict = {}
    totals = dict.fromkeys(("support", "predicted", "true_positives", "rules_predicted", "rules_true"), 0)
    for theme in themes + ["micro"]:
        if theme == "micro":
            counts = totals
        else:
            counts = {
                "support": sum(theme in g for g in gold),
                "predicted": sum(theme in got for got in by_all),
                "true_positives": sum(theme in g and theme in got for g, got in zip(gold, by_all)),
                "rules_predicted": sum(theme in got for got in by_rules),
                "rules_true": sum(theme in g and theme in got for g, got in zip(gold, by_rules)),
            }
            for key in totals:
                totals[key] += counts[key]
        report[theme] = {
            "rules_precision": ratio(counts["rules_true"], counts["rules_predicted"]),
            "rules_recall": ratio(counts["rules_true"], counts["support"]),
            "precision": ratio(counts["true_positives"], counts["predicted"]),
            "recall": ratio(counts["true_positives"], counts["support"]),
            "support": counts["support"], "predicted": counts["predicted"],
            "true_positives": counts["true_positives"],
        }
    labelled_negated = {i for i, row in enumerate(rows) if "negat" in (row.get("note") or "") and "awards" in gold[i]}
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
