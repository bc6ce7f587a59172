"""Benchmark the page extractor against trafilatura on the shared corpora: quality (score.py's metrics) and speed.

Both extractors see the same pages in the same process, interleaved page by page, so machine load affects
them alike. Pages are read from ../shared/corpora next to the repository (never copied into it).

    python bench/bench_extract.py                      # all three corpora, markdown table on stdout
    python bench/bench_extract.py --json out.json      # also write the numbers as JSON
    python bench/bench_extract.py --no-trafilatura     # ours only
    python bench/bench_extract.py --limit 20           # smoke run
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.shared_data import CORPORA_ENV, corpora_dir  # noqa: E402  (the repository is on the path first)

CORPORA = corpora_dir()  # $WPARCHIVE_CORPORA, default ../shared/corpora
DEFAULT_CORPORA = ("trafilatura-eval", "scrapinghub-aeb", "swe-spraakbanken")
METRICS = (  # (column, key in score.aggregate's result)
    ("must%", "must_found"), ("mustnot%", "mustnot_avoided"), ("cmt%", "c_found"), ("cLeak%", "c_leak"),
    ("shF1", "sh_f1"), ("title=", "title_exact"), ("author~", "author_loose"), ("date=", "date_exact"),
    ("cats", "categories_jacc"), ("tags", "tags_jacc"), ("cmtStruct%", "cs_recall"),
)


def load_score_module():
    """score.py (and baseline_adapters.py) from the corpora folder; a clear error when it is missing."""
    score_py = CORPORA / "score.py"
    if not score_py.is_file():
        sys.exit(f"corpora not found: expected {score_py} (the shared corpora live next to the repository, "
                 f"in ../shared/corpora, or set {CORPORA_ENV})")
    sys.path.insert(0, str(CORPORA))
    spec = importlib.util.spec_from_file_location("corpora_score", score_py)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ours(html: str) -> dict:
    from crawler.pages import extract_page

    return extract_page(html)


def trafilatura_extractor():
    import baseline_adapters  # from the corpora folder

    return baseline_adapters.trafilatura_json


def run(corpora: list[str], limit: int, with_trafilatura: bool, only: str | None) -> dict:
    score = load_score_module()
    extractors = {"wparchive": ours}
    if with_trafilatura:
        extractors["trafilatura"] = trafilatura_extractor()
    ours("<html><body><p>warm-up</p></body></html>")
    results: dict = {"corpora": {}, "speed": {}}
    all_times: dict[str, list[float]] = {name: [] for name in extractors}
    cpu_times: dict[str, list[float]] = {name: [] for name in extractors}
    for corpus in corpora:
        folder = CORPORA / corpus
        if not folder.is_dir():
            sys.exit(f"corpus not found: {folder}")
        _, pages, gts = score.load_corpus(str(folder), "all", limit, only)
        rows: dict[str, list[dict]] = {name: [] for name in extractors}
        forms: list[dict] = []
        for page, gt in zip(pages, gts):
            html = score.decode_html((folder / page["html_file"]).read_bytes())
            for name, func in extractors.items():
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    out, err = func(html), None
                except Exception as e:  # a crash scores as an empty extraction, as in score.py
                    out, err = None, f"{type(e).__name__}: {e}"
                elapsed = time.perf_counter() - t0
                all_times[name].append(elapsed)
                cpu_times[name].append(time.process_time() - c0)
                row = score.score_page(gt, out if isinstance(out, dict) else None, err)
                row["seconds"] = elapsed
                rows[name].append(row)
                if name == "wparchive" and isinstance(out, dict):
                    forms.append({"id": page["id"], **(out.get("comment_form") or {})})
        results["corpora"][corpus] = {
            name: {**score.aggregate(r), "median_ms": 1000 * statistics.median(x["seconds"] for x in r)}
            for name, r in rows.items() if r
        }
        results["corpora"][corpus]["wparchive"]["forms"] = forms
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
    return results


def highlander_summary(results: dict) -> dict:
    subset_ids: set[str] = set()
    for corpus in results["corpora"]:
        subsets = CORPORA / corpus / "subsets.json"
        if subsets.is_file():
            subset_ids |= set(json.loads(subsets.read_text(encoding="utf-8")).get("wpcom_highlander_form", []))
    forms = [f for c in results["corpora"].values() for f in c["wparchive"]["forms"] if f["id"] in subset_ids]
    ok = [f for f in forms if f.get("kind") == "wpcom-highlander" and "wordpress.com" in (f.get("login_options") or [])]
    return {"pages": len(forms), "recognised_with_providers": len(ok)}


def markdown(results: dict) -> str:
    head = "| corpus | extractor | n | " + " | ".join(c for c, _ in METRICS) + " | median ms |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for corpus, by_name in results["corpora"].items():
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
    ap.add_argument("--corpora", nargs="+", default=list(DEFAULT_CORPORA))
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each corpus")
    ap.add_argument("--only", help="page-id list from <corpus>/subsets.json, e.g. wpcom_highlander_form")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--json", type=Path, help="write the results as JSON to this path")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    results = run(args.corpora, args.limit, not args.no_trafilatura, args.only)
    results["highlander"] = highlander_summary(results)
    print(markdown(results))
    if args.json:
        slim = {**results, "corpora": {c: {n: {k: v for k, v in a.items() if k != "forms"} for n, a in by.items()}
                                       for c, by in results["corpora"].items()}}
        args.json.write_text(json.dumps(slim, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
