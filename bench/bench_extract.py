"""Benchmark the page extractor against trafilatura on the shared corpora: quality (score.py's metrics) and speed.

Both extractors see the same pages in the same process, interleaved page by page, so machine load affects
them alike. Pages are read from ../shared/corpora next to the repository (never copied into it). wparchive reads
the page's bytes and address as a crawl hands them over; trafilatura gets score.py's decoded text and the address.

The WordPress corpora are split by site into a tuning part and a validation part (tests/corpora_support.py); the
`*-other` corpora (not WordPress) are split the same way (other-tuning, other-validation). Tune on the tuning
parts only; measure the validation parts sparingly, to see how much of a change transfers to unseen sites.

    python bench/bench_extract.py                                  # tuning part only, markdown on stdout
    python bench/bench_extract.py --parts tuning other-tuning      # what to tune on (WordPress, generic)
    python bench/bench_extract.py --parts tuning validation other  # every part, same run (sparingly)
    python bench/bench_extract.py --json out.json                  # also write the numbers as JSON
    python bench/bench_extract.py --rows rows.jsonl                # each page's score row and output
    python bench/bench_extract.py --no-trafilatura                 # ours only
    python bench/bench_extract.py --limit 20                       # smoke run
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.corpora_support import (  # noqa: E402
    CORPORA, OTHER_CORPORA, PARTS, WORDPRESS_CORPORA, page_part, page_url, score_module,
)

METRICS = (  # (column, key in score.aggregate's result)
    ("must%", "must_found"), ("mustnot%", "mustnot_avoided"), ("cmt%", "c_found"), ("cLeak%", "c_leak"),
    ("shF1", "sh_f1"), ("title=", "title_exact"), ("author~", "author_loose"), ("date=", "date_exact"),
    ("cats", "categories_jacc"), ("tags", "tags_jacc"), ("cmtStruct%", "cs_recall"),
)


def load_score_module():
    """score.py (and baseline_adapters.py) from the corpora folder; a clear error when it is missing."""
    module = score_module()
    if module is None:
        sys.exit(f"corpora not found: expected {CORPORA / 'score.py'} (the shared corpora live next to the "
                 f"repository, in ../shared/corpora)")
    return module


def ours(raw: bytes, url: str | None) -> dict:
    from crawler.pages import extract_page

    return extract_page(raw, url)


def trafilatura_json(html: str, url: str | None) -> dict:
    """baseline_adapters.trafilatura_json (the corpora's bar), also given the page's address as wparchive is."""
    import trafilatura

    out = trafilatura.extract(html, url=url, output_format="json", include_comments=True, with_metadata=True)
    if not out:
        return {"title": None, "text": "", "comments": []}
    d = json.loads(out)
    split = lambda v: [x.strip() for x in re.split(r"[;,]", v or "") if x.strip()]  # noqa: E731
    comments = [{"author": None, "text": line} for line in (d.get("comments") or "").split("\n") if line.strip()]
    return {"title": d.get("title"), "author": d.get("author"), "date": d.get("date"),
            "categories": split(d.get("categories")), "tags": split(d.get("tags")),
            "text": d.get("text") or "", "comments": comments}


def run(corpora: list[str], parts: list[str], limit: int, with_trafilatura: bool, only: str | None) -> dict:
    score = load_score_module()
    extractors = {"wparchive": ours}
    if with_trafilatura:
        extractors["trafilatura"] = trafilatura_json
    ours(b"<html><body><p>warm-up</p></body></html>", None)
    results: dict = {"corpora": {}, "parts": {}, "speed": {}}
    all_times: dict[str, list[float]] = {name: [] for name in extractors}
    cpu_times: dict[str, list[float]] = {name: [] for name in extractors}
    by_part: dict[str, dict[str, list[dict]]] = {}
    for corpus in corpora:
        folder = CORPORA / corpus
        if not folder.is_dir():
            sys.exit(f"corpus not found: {folder}")
        _, pages, gts = score.load_corpus(str(folder), "all", 0, only)
        chosen = [(p, g) for p, g in zip(pages, gts) if page_part(corpus, p) in parts]
        if limit:
            chosen = chosen[:limit]
        rows: dict[tuple[str, str], list[dict]] = {}
        forms: list[dict] = []
        for page, gt in chosen:
            part = page_part(corpus, page)
            raw = (folder / page["html_file"]).read_bytes()
            url = page_url(page)
            inputs = {"wparchive": (raw, url), "trafilatura": (score.decode_html(raw), url)}
            for name, func in extractors.items():
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    out, err = func(*inputs[name]), None
                except Exception as e:  # a crash scores as an empty extraction, as in score.py
                    out, err = None, f"{type(e).__name__}: {e}"
                elapsed = time.perf_counter() - t0
                all_times[name].append(elapsed)
                cpu_times[name].append(time.process_time() - c0)
                row = score.score_page(gt, out if isinstance(out, dict) else None, err)
                row["seconds"] = elapsed
                row.update(part=part, corpus=corpus, extractor=name, pred=out)
                rows.setdefault((part, name), []).append(row)
                by_part.setdefault(part, {}).setdefault(name, []).append(row)
                if name == "wparchive" and isinstance(out, dict):
                    forms.append({"id": page["id"], **(out.get("comment_form") or {})})
        for (part, name), r in rows.items():
            results["corpora"].setdefault(f"{corpus} [{part}]", {})[name] = {
                **score.aggregate(r), "median_ms": 1000 * statistics.median(x["seconds"] for x in r)}
        if forms:
            first = next(k for k in results["corpora"] if k.startswith(f"{corpus} ["))
            results["corpora"][first]["wparchive"]["forms"] = forms
    others = {name: [r for part in PARTS if part.startswith("other-") for r in by_part.get(part, {}).get(name, [])]
              for name in extractors}
    for part, by_name in [(p, by_part[p]) for p in PARTS if p in by_part] + [("other", others)]:
        if any(by_name.values()):
            results["parts"][part] = {name: {**score.aggregate(r), "median_ms": 1000 * statistics.median(
                x["seconds"] for x in r)} for name, r in by_name.items() if r}
    for name, times in all_times.items():
        if times:
            results["speed"][name] = {"pages": len(times), "median_ms": 1000 * statistics.median(times),
                                      "mean_ms": 1000 * statistics.mean(times), "total_s": sum(times),
                                      "cpu_median_ms": 1000 * statistics.median(cpu_times[name])}
    if "trafilatura" in results["speed"]:
        speed = results["speed"]
        speed["median_speedup"] = speed["trafilatura"]["median_ms"] / speed["wparchive"]["median_ms"]
        speed["cpu_median_speedup"] = speed["trafilatura"]["cpu_median_ms"] / speed["wparchive"]["cpu_median_ms"]
        speed["total_speedup"] = speed["trafilatura"]["total_s"] / speed["wparchive"]["total_s"]
    results["rows"] = [r for by in by_part.values() for rs in by.values() for r in rs]
    return results


def highlander_summary(results: dict) -> dict:
    subset_ids: set[str] = set()
    for corpus in {key.split(" [")[0] for key in results["corpora"]}:
        subsets = CORPORA / corpus / "subsets.json"
        if subsets.is_file():
            subset_ids |= set(json.loads(subsets.read_text(encoding="utf-8")).get("wpcom_highlander_form", []))
    forms = [f for c in results["corpora"].values() for f in c["wparchive"].get("forms", []) if f["id"] in subset_ids]
    ok = [f for f in forms if f.get("kind") == "wpcom-highlander" and "wordpress.com" in (f.get("login_options") or [])]
    return {"pages": len(forms), "recognised_with_providers": len(ok)}


def markdown(results: dict) -> str:
    head = "| corpus [part] | extractor | n | " + " | ".join(c for c, _ in METRICS) + " | median ms |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    rows = list(results["corpora"].items()) + [(f"**{part} (all corpora)**", by)
                                               for part, by in results["parts"].items()]
    for corpus, by_name in rows:
        for name, agg in by_name.items():
            cells = []
            for _, key in METRICS:
                v = agg.get(key)
                cells.append(f"{100 * v:.1f}" if isinstance(v, float) else "-")
            lines.append(f"| {corpus} | {name} | {agg['n']} | " + " | ".join(cells) + f" | {agg['median_ms']:.1f} |")
    speed = results["speed"]
    lines.append("")
    for name in ("wparchive", "trafilatura"):
        if name in speed:
            s = speed[name]
            lines.append(f"- {name}: {s['pages']} pages, median {s['median_ms']:.1f} ms (CPU {s['cpu_median_ms']:.1f} ms), "
                         f"mean {s['mean_ms']:.1f} ms, total {s['total_s']:.1f} s")
    if "median_speedup" in speed:
        lines.append(f"- speed-up over trafilatura: median {speed['median_speedup']:.1f}x, "
                     f"CPU median {speed['cpu_median_speedup']:.1f}x, total {speed['total_speedup']:.1f}x")
    hl = results.get("highlander")
    if hl:
        lines.append(f"- WordPress.com highlander forms recognised with log-in providers: "
                     f"{hl['recognised_with_providers']}/{hl['pages']}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", nargs="+", default=list(WORDPRESS_CORPORA + OTHER_CORPORA))
    ap.add_argument("--parts", nargs="+", choices=(*PARTS, "other"), default=["tuning"],
                    help="which parts to measure (the validation parts: sparingly); other = both other-* parts")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each corpus")
    ap.add_argument("--only", help="page-id list from <corpus>/subsets.json, e.g. wpcom_highlander_form")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--json", type=Path, help="write the results as JSON to this path")
    ap.add_argument("--rows", type=Path, help="write each page's score row and output as JSON lines to this path")
    args = ap.parse_args()
    parts = [p for p in PARTS if p in args.parts or (p.startswith("other-") and "other" in args.parts)]
    results = run(args.corpora, parts, args.limit, not args.no_trafilatura, args.only)
    results["highlander"] = highlander_summary(results)
    rows = results.pop("rows")
    if args.rows:
        args.rows.write_text("".join(json.dumps(r, default=str, ensure_ascii=False) + "\n" for r in rows),
                             encoding="utf-8")
    print(markdown(results))
    if args.json:
        slim = {**results, "corpora": {c: {n: {k: v for k, v in a.items() if k != "forms"} for n, a in by.items()}
                                       for c, by in results["corpora"].items()}}
        args.json.write_text(json.dumps(slim, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
