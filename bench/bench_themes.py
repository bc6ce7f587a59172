"""Measure theme detection (warehouse/views/intermediate/int_sentence_themes.sql) on labelled sentences.

Loads warehouse/seeds/theme_rules.csv as `theme_rules` (read through the warehouse's `stg_theme_rules`) and
bench/data/theme_sentences.csv as `int_post_sentences` into an in-memory DuckDB, runs the view's SELECT, and scores the themes it finds
against the labels: precision, recall and F1 per theme and split. `dev`: the rules were tuned on it;
`test`: labelled with dev before any rule existed and never tuned on; `holdout`: written after the rules
were frozen and measured once (its first scores are recorded in bench/data/README.md; general bugs it
revealed were fixed afterwards, so it no longer counts as unseen). The labelling guideline is in
bench/data/README.md. When the shared corpus is present, real off-topic Swedish prose is also run: any
theme found there is a false positive.

    python bench/bench_themes.py                  # markdown tables
    python bench/bench_themes.py --json out.json  # also save the numbers
    python bench/bench_themes.py --errors dev     # list the dev sentences it gets wrong (for tuning)
    python bench/bench_themes.py --scale 100      # also time the view on 100 copies of the set
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
RULES_CSV = REPO / "warehouse" / "seeds" / "theme_rules.csv"
THEMES_CSV = REPO / "warehouse" / "seeds" / "themes.csv"
SENTENCES_CSV = REPO / "bench" / "data" / "theme_sentences.csv"
VIEW_SQL = REPO / "warehouse" / "views" / "intermediate" / "int_sentence_themes.sql"
RULES_VIEW_SQL = REPO / "warehouse" / "views" / "staging" / "stg_theme_rules.sql"  # what the view reads rules through
sys.path.insert(0, str(REPO))
from tests.shared_data import corpora_dir  # noqa: E402  (the repository is on the path first)

OFFTOPIC_JSON = corpora_dir() / "swe-spraakbanken" / "gt" / "hannaskrypin.json"  # $WPARCHIVE_CORPORA
SPLITS = ("dev", "test", "holdout", "holdout2", "blind_a", "blind_b", "final_c", "blind_d1", "blind_d2", "blind_f1",
          "blind_f2", "tuned", "all")
TUNED = ("dev", "test", "holdout", "holdout2")  # the splits the rules were tuned on ("tuned")
BENCH_URL = "bench://theme_sentences"


@dataclass(frozen=True)
class Score:
    theme: str
    split: str
    support: int  # labelled positives
    predicted: int
    true_positives: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def connect(
    rules_csv: Path = RULES_CSV, sentences_csv: Path = SENTENCES_CSV
) -> duckdb.DuckDBPyConnection:
    """An in-memory database with `theme_rules`, `themes` and the labelled set as `int_post_sentences`."""
    con = duckdb.connect()
    # Explicit CSV dialect: patterns contain | ( ) { } and commas, which must not sway the sniffer.
    csv_options = "header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true"
    con.execute(f"create table theme_rules as select * from read_csv(?, {csv_options})", [str(rules_csv)])
    # The warehouse's own staging view (it reads theme_rules by name, so replacing that table below re-binds it).
    con.execute(f"create view stg_theme_rules as {RULES_VIEW_SQL.read_text(encoding='utf-8')}")
    con.execute(f"create table themes as select * from read_csv(?, {csv_options})", [str(THEMES_CSV)])
    con.execute(
        f"create table labelled as select row_number() over () as sentence_no, * from read_csv(?, {csv_options})",
        [str(sentences_csv)],
    )
    con.execute(
        "create table int_post_sentences as "
        "select ? as post_url, sentence_no, sentence, language from labelled",
        [BENCH_URL],
    )
    return con


def detect(con: duckdb.DuckDBPyConnection) -> list[tuple[int, str, str]]:
    """Rows (sentence_no, theme, matched_text) of the view's query."""
    rows = con.execute(
        f"select sentence_no, theme, matched_text from ({VIEW_SQL.read_text(encoding='utf-8')})"
    ).fetchall()
    return [(int(no), theme, text) for no, theme, text in rows]


def classify(
    sentences: list[tuple[str, str | None]], rules_csv: Path = RULES_CSV
) -> list[dict[str, str]]:
    """Themes found in each (sentence, language), as {theme: matched_text}, in input order."""
    con = connect(rules_csv)
    try:
        con.execute(
            "create or replace table int_post_sentences as "
            "select ? as post_url, i as sentence_no, sentence, language "
            "from (select unnest(?::struct(sentence varchar, language varchar)[], recursive := true), "
            "generate_subscripts(?::varchar[], 1) as i)",
            ["bench://classify", [{"sentence": s, "language": lang} for s, lang in sentences],
             [s for s, _ in sentences]],
        )
        found = detect(con)
    finally:
        con.close()
    out: list[dict[str, str]] = [{} for _ in sentences]
    for no, theme, text in found:
        out[no - 1][theme] = text
    return out


def build(sentences: list[tuple[str | None, str | None]], rules: Path | list[tuple] = RULES_CSV,
          model_json: Path | None = None) -> tuple[duckdb.DuckDBPyConnection, object]:
    """Run the warehouse's theme build (warehouse/themes.py: rules, recall layer, negation) on these (sentence,
    language) pairs, one post each (``test://<n>``, sentence_no n), in an in-memory database holding only what the
    build reads: theme_rules (seeded from a CSV file, or these rows as they are: theme, language, rule_kind, anchor,
    pattern) with stg_theme_rules over it, and tables standing in for int_post_sentences and posts. Returns the
    open connection (sentence_themes filled) and the ThemeBuild."""
    sys.path.insert(0, str(REPO))
    from warehouse import themes as warehouse_themes
    from warehouse.db import execute_file, sql_file

    con = duckdb.connect()
    for name in ("sentence_themes", "sentence_themes_builds", "sentence_themes_pending"):
        execute_file(con, f"schema/{name}.sql")
    if isinstance(rules, Path):
        execute_file(con, "load/seed_theme_rules.sql", {"theme_rules_csv": str(rules)})
    else:
        names = ("theme", "language", "rule_kind", "anchor", "pattern")
        con.execute("CREATE TABLE theme_rules AS SELECT unnest($rules, recursive := true)",
                    {"rules": [dict(zip(names, rule)) for rule in rules]})
    con.execute("CREATE VIEW stg_theme_rules AS " + sql_file("views/staging/stg_theme_rules.sql"))
    rows = [{"post_url": f"test://{n}", "sentence_no": n, "sentence": s, "language": lang}
            for n, (s, lang) in enumerate(sentences, 1)]
    con.execute("CREATE TABLE int_post_sentences AS SELECT unnest($rows, recursive := true)", {"rows": rows})
    con.execute("CREATE TABLE posts AS SELECT DISTINCT post_url, NULL::TIMESTAMPTZ AS deleted_at "
                "FROM int_post_sentences")
    con.execute("BEGIN TRANSACTION")
    if model_json is None:
        built = warehouse_themes.build_sentence_themes(con)
    else:
        built = warehouse_themes.build_sentence_themes(con, model_json=model_json)
    con.execute("COMMIT")
    return con, built


def build_found(sentences_csv: Path = SENTENCES_CSV, rules_csv: Path = RULES_CSV,
                model_json: Path | None = None) -> list[tuple[int, str, str, str, bool]]:
    """Rows (sentence_no, theme, evidence, method, is_negated) the warehouse's theme build stores for the
    labelled sentences, numbered as load_labels numbers them."""
    with open(sentences_csv, newline="", encoding="utf-8") as handle:
        sentences = [(row["sentence"], row["language"] or None) for row in csv.DictReader(handle)]
    con, _built = build(sentences, rules_csv, model_json)
    try:
        rows = con.execute("SELECT sentence_no, theme, matched_text, method, is_negated FROM sentence_themes "
                           "ORDER BY sentence_no, theme").fetchall()
    finally:
        con.close()
    return [(int(no), theme, text, method, bool(negated)) for no, theme, text, method, negated in rows]


def offtopic_hits(corpus_json: Path = OFFTOPIC_JSON) -> tuple[int, list[tuple[str, dict[str, str]]]]:
    """Real Swedish prose about something else (a health blog post and its comments, read in place from
    the shared corpus, never copied): every theme found there is a false positive. Returns the number of
    sentences and the sentences that got themes."""
    page = json.loads(corpus_json.read_text(encoding="utf-8"))
    text = "\n".join([page["full_text"], *(c["text"] for c in page["comments"])])
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 3]
    found = classify([(s, "sv") for s in sentences])
    return len(sentences), [(s, f) for s, f in zip(sentences, found) if f]


def load_labels(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = con.execute("select sentence_no, sentence, language, themes, split from labelled order by 1").fetchall()
    return [
        {
            "sentence_no": int(no),
            "sentence": sentence,
            "language": language,
            "themes": set(themes.split(";")) if themes else set(),
            "split": split,
        }
        for no, sentence, language, themes, split in rows
    ]


def score(labels: list[dict], found: list[tuple[int, str, str]], themes: list[str]) -> list[Score]:
    predicted: dict[int, set[str]] = {}
    for no, theme, _ in found:
        predicted.setdefault(no, set()).add(theme)
    scores = []
    for split in SPLITS:
        rows = [r for r in labels if split == "all" or r["split"] == split or (split == "tuned" and r["split"] in TUNED)]
        for theme in themes:
            gold = {r["sentence_no"] for r in rows if theme in r["themes"]}
            pred = {r["sentence_no"] for r in rows if theme in predicted.get(r["sentence_no"], set())}
            scores.append(Score(theme, split, len(gold), len(pred), len(gold & pred)))
    return scores


def evaluate(rules_csv: Path = RULES_CSV, sentences_csv: Path = SENTENCES_CSV) -> dict:
    """Everything the report and the tests need: scores, per-sentence predictions and label sets."""
    con = connect(rules_csv, sentences_csv)
    try:
        themes = [t for (t,) in con.execute("select theme from themes order by theme").fetchall()]
        labels = load_labels(con)
        found = detect(con)
    finally:
        con.close()
    unknown = {t for _, t, _ in found} - set(themes)
    if unknown:
        raise ValueError(f"theme_rules uses themes missing from themes.csv: {sorted(unknown)}")
    return {"themes": themes, "labels": labels, "found": found, "scores": score(labels, found, themes)}


def anchor_violations(rules_csv: Path = RULES_CSV, sentences_csv: Path = SENTENCES_CSV) -> list[tuple]:
    """(rule, sentence) pairs where a rule's pattern matches but its anchor is missing, so the view's
    anchor prefilter silently drops the match. Runs the view twice with every rule as its own include-only
    theme: with the anchors, and with empty anchors (no prefilter); any difference is a bad anchor."""
    con = connect(rules_csv, sentences_csv)
    try:
        con.execute(
            "create table rules_as_themes as select "
            "theme || '#' || row_number() over () || ' ' || pattern as theme, language, "
            "'include' as rule_kind, anchor, pattern from theme_rules"
        )
        sql = VIEW_SQL.read_text(encoding="utf-8")
        con.execute("create or replace table theme_rules as select * from rules_as_themes")
        anchored = set(con.execute(f"select theme, sentence_no from ({sql})").fetchall())
        con.execute("create or replace table theme_rules as select * replace ('' as anchor) from rules_as_themes")
        unanchored = set(con.execute(f"select theme, sentence_no from ({sql})").fetchall())
        sentences = dict(con.execute("select sentence_no, sentence from labelled").fetchall())
    finally:
        con.close()
    return sorted((rule, sentences[no]) for rule, no in unanchored - anchored)


def time_view(scale: int) -> dict:
    """Seconds to run the view on `scale` copies of the labelled set (distinct post_urls)."""
    con = connect()
    try:
        con.execute(
            "create or replace table int_post_sentences as "
            "select 'bench://copy/' || c as post_url, sentence_no, sentence, language "
            "from labelled, range(?) as copies(c)",
            [scale],
        )
        n = con.execute("select count(*) from int_post_sentences").fetchone()[0]
        started = time.perf_counter()
        con.execute(f"select count(*) from ({VIEW_SQL.read_text(encoding='utf-8')})").fetchone()
        seconds = time.perf_counter() - started
    finally:
        con.close()
    return {"sentences": n, "seconds": round(seconds, 3), "sentences_per_second": round(n / seconds)}


def markdown(scores: list[Score], themes: list[str]) -> str:
    by = {(s.theme, s.split): s for s in scores}
    head = "| theme | " + " | ".join(f"{sp} P | {sp} R | {sp} F1 | {sp} n" for sp in SPLITS) + " |"
    rule = "|---|" + "---:|" * (4 * len(SPLITS))
    lines = [head, rule]
    for theme in themes:
        cells = []
        for sp in SPLITS:
            s = by[(theme, sp)]
            cells += [f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.support)]
        lines.append(f"| {theme} | " + " | ".join(cells) + " |")
    micro = []
    for sp in SPLITS:
        tp = sum(by[(t, sp)].true_positives for t in themes)
        pred = sum(by[(t, sp)].predicted for t in themes)
        sup = sum(by[(t, sp)].support for t in themes)
        s = Score("micro", sp, sup, pred, tp)
        micro += [f"**{s.precision:.2f}**", f"**{s.recall:.2f}**", f"**{s.f1:.2f}**", str(sup)]
    lines.append("| **micro** | " + " | ".join(micro) + " |")
    return "\n".join(lines)


def errors(result: dict, split: str) -> str:
    evidence: dict[int, dict[str, str]] = {}
    for no, theme, text in result["found"]:
        evidence.setdefault(no, {})[theme] = text
    out = []
    for r in result["labels"]:
        if split != "all" and r["split"] != split:
            continue
        got = evidence.get(r["sentence_no"], {})
        missed = sorted(r["themes"] - set(got))
        extra = sorted(set(got) - r["themes"])
        if missed or extra:
            parts = [f"missed {', '.join(missed)}"] if missed else []
            parts += [f"extra {t} ({got[t]!r})" for t in extra]
            out.append(f"- [{r['split']}/{r['language']}] {r['sentence']}\n    {'; '.join(parts)}")
    return "\n".join(out) or "(none)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="save scores (and timing) as JSON here")
    parser.add_argument("--errors", choices=SPLITS, help="list misclassified sentences of this split")
    parser.add_argument("--scale", type=int, default=0, help="also time the view on N copies of the set")
    args = parser.parse_args(argv)

    result = evaluate()
    labels = result["labels"]
    print(
        f"{len(labels)} sentences ({sum(r['language'] == 'sv' for r in labels)} sv, "
        f"{sum(r['language'] == 'en' for r in labels)} en; "
        + ", ".join(f"{sum(r['split'] == sp for r in labels)} {sp}" for sp in SPLITS[:-2]) + ")\n"
    )
    print(markdown(result["scores"], result["themes"]))
    report: dict = {"scores": [asdict(s) | {"precision": s.precision, "recall": s.recall, "f1": s.f1}
                               for s in result["scores"]]}
    if OFFTOPIC_JSON.exists():
        n, hits = offtopic_hits()
        report["offtopic"] = {"sentences": n, "with_themes": len(hits)}
        print(f"\noff-topic real Swedish prose ({OFFTOPIC_JSON.parent.parent.name}): "
              f"{len(hits)} of {n} sentences got a theme (all would be false positives)")
        for sentence, themes in hits:
            print(f"- {sentence} → {themes}")
    if args.scale:
        report["timing"] = time_view(args.scale)
        t = report["timing"]
        print(f"\nview on {t['sentences']} sentences: {t['seconds']} s ({t['sentences_per_second']}/s)")
    if args.errors:
        print(f"\n## Errors ({args.errors})\n")
        print(errors(result, args.errors))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
