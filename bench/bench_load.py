"""Benchmark the warehouse load and the overhead Prefect adds to one nightly run.

1. Load: generate a run directory of 10,000 posts (~3 KB of text each, with their HTML) and 100,000 comments
   (~80–600 characters) as the crawler writes them, then time the cleaning step (Python: validation, NFC,
   sentence splitting, hashing), the warehouse load (DuckDB: ``read_json`` → tables, one transaction, which
   queues the new posts for theme matching) and the theme build that matches them (warehouse/themes.py, as
   build_views runs it after the loads); then the same run again (no-op), a second run of the same posts
   (nothing to re-match), a full rebuild of sentence_themes, and an analyst's ``SELECT * FROM theme_summary``.
2. Prefect overhead: the same nightly steps on a small run (50 posts), once called directly and once as the
   ``wparchive-nightly`` flow with a stand-in crawler (no network), in a fresh process (cold: Prefect's temporary
   server starts) and again in the same process (warm).

Usage: ``python bench/bench_load.py [--posts N] [--comments N] [--json PATH]``; prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SITE = "https://bench.example/"
WORDS = ("hyresgäster", "kommunen", "renovering", "stambyte", "solceller", "energi", "hyran", "bostäder",
         "förvaltning", "trygghet", "samarbete", "boende", "möte", "projektet", "fastigheten", "lägenheter",
         "hållbarhet", "digitala", "tjänster", "området", "vi", "har", "och", "att", "det", "som", "en", "på",
         "för", "med", "av", "till", "den", "inte", "är", "bl.a.", "t.ex.", "ca", "1 500", "%", "Botkyrka",
         "Fittja", "Alby", "Hallunda", "Norsborg", "Tumba", "priset", "utmärkelsen", "budget", "år")


def _sentence(rng: random.Random, low: int = 6, high: int = 22) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + rng.choice((".", ".", ".", "!", "?"))


def _paragraphs(rng: random.Random, chars: int) -> list[str]:
    paragraphs, size = [], 0
    while size < chars:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return paragraphs


def generate_run(run_dir: Path, posts: int, comments: int, seed: int = 7, run_id: str = "bench-run",
                 ) -> dict[str, int]:
    """Write a crawler run directory (run.json, posts/comments/comment_forms/drops JSONL, stats.json)."""
    from flows.rundir import RunRequest

    rng = random.Random(seed)
    run_dir.mkdir(parents=True, exist_ok=True)
    RunRequest(run_id=run_id, site_url=SITE, site_name="bench", language="sv").write(run_dir)
    fetched = "2024-10-01T02:31:00+00:00"
    sizes = {"posts.jsonl": 0, "comments.jsonl": 0}
    with open(run_dir / "posts.jsonl", "w", encoding="utf-8") as p, \
            open(run_dir / "comment_forms.jsonl", "w", encoding="utf-8") as f:
        for n in range(1, posts + 1):
            paragraphs = _paragraphs(rng, 3000)
            year, month, day = 2014 + n % 10, 1 + n % 12, 1 + n % 28
            url = f"{SITE}{year}/{month:02d}/{day:02d}/inlagg-{n}/"
            record = {
                "site": SITE, "post_url": url, "wp_post_id": n, "title": _sentence(rng, 3, 8).rstrip(".!?"),
                "author": rng.choice(("Anna Andersson", "Bo Berg", "Cecilia Ek")),
                "published_at": f"{year}-{month:02d}-{day:02d}T08:00:00+00:00", "modified_at": None,
                "categories": [rng.choice(("Nyheter", "Bygg", "Hyresgäster"))], "tags": ["botkyrka"],
                "body_html": "".join(f"<p>{x}</p>" for x in paragraphs), "body_text": "\n\n".join(paragraphs),
                "language": "sv-SE", "is_protected": False, "comment_status": "open", "comment_count": 10,
                "source": "rest+html", "fetched_at": fetched,
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            sizes["posts.jsonl"] += len(line.encode())
            p.write(line)
            f.write(json.dumps({
                "site": SITE, "post_url": url, "wp_post_id": n, "is_present": True, "is_open": True,
                "form_kind": "wordpress-core", "action_url": f"{SITE}wp-comments-post.php", "method": "post",
                "fields": [{"name": "comment", "type": "textarea", "is_required": True, "label": "Kommentar"},
                           {"name": "author", "type": "text", "is_required": True, "label": "Namn"},
                           {"name": "email", "type": "email", "is_required": True, "label": "E-post"}],
                "hidden_fields": ["comment_post_ID"], "login_providers": [], "requires_login": False,
                "has_cookie_consent": True, "has_subscription_options": False, "fetched_at": fetched,
            }, ensure_ascii=False) + "\n")
    with open(run_dir / "comments.jsonl", "w", encoding="utf-8") as c:
        for cid in range(1, comments + 1):
            n = 1 + (cid - 1) % posts
            year, month, day = 2014 + n % 10, 1 + n % 12, 1 + n % 28
            top = cid <= posts or rng.random() < 0.6
            record = {
                "site": SITE, "post_url": f"{SITE}{year}/{month:02d}/{day:02d}/inlagg-{n}/", "wp_post_id": n,
                "wp_comment_id": cid, "parent_wp_comment_id": None if top else cid - posts,
                "author_name": f"Läsare {rng.randint(1, 5000)}", "author_url": None,
                "published_at": f"{year}-{month:02d}-{day:02d}T12:00:00+01:00",
                "body_text": " ".join(_sentence(rng, 4, 14) for _ in range(rng.randint(1, 4))),
                "depth": 1 if top else 2, "comment_type": "comment", "source": "rest", "fetched_at": fetched,
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            sizes["comments.jsonl"] += len(line.encode())
            c.write(line)
    (run_dir / "drops.jsonl").write_text("")
    (run_dir / "requests.jsonl").write_text("")
    (run_dir / "stats.json").write_text(json.dumps({
        "site": SITE, "started_at": "2024-10-01T02:30:00+00:00", "finished_at": "2024-10-01T02:40:00+00:00",
        "finish_reason": "finished", "requests": posts, "responses": posts, "drops": {}, "fatal": None}))
    return sizes


def bench_load(work: Path, posts: int, comments: int) -> dict[str, Any]:
    from flows.rundir import clean_run_dir
    from warehouse.db import build_views, connect, initialise, query, transaction
    from warehouse.load import load_run
    from warehouse.themes import ThemeBuild, build_sentence_themes

    def timed_theme_build(db: Path, *, force: bool = False) -> tuple[ThemeBuild, float]:
        with connect(db) as con:
            t0 = time.perf_counter()
            with transaction(con):
                built = build_sentence_themes(con, force=force)
            return built, time.perf_counter() - t0

    run_dir = work / "runs" / "bench-run" / "bench"
    t0 = time.perf_counter()
    sizes = generate_run(run_dir, posts, comments)
    generate_s = time.perf_counter() - t0
    db = work / "bench.duckdb"
    initialise(db)
    t0 = time.perf_counter()
    clean_dir, _manifest = clean_run_dir(run_dir)
    clean_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = load_run(db, clean_dir)
    load_s = time.perf_counter() - t0
    first_build, themes_s = timed_theme_build(db)
    t0 = time.perf_counter()
    again = load_run(db, clean_dir)
    reload_s = time.perf_counter() - t0
    with connect(db) as con:
        t0 = time.perf_counter()
        build_views(con)
        views_s = time.perf_counter() - t0
    full_build, rematch_all_s = timed_theme_build(db, force=True)
    # The next night: a new run of the same posts, nothing changed (no theme to re-match).
    next_dir = work / "runs" / "bench-run-2" / "bench"
    generate_run(next_dir, posts, comments, run_id="bench-run-2")
    next_clean, _manifest = clean_run_dir(next_dir)
    t0 = time.perf_counter()
    load_run(db, next_clean)
    unchanged_s = time.perf_counter() - t0
    next_build, next_themes_s = timed_theme_build(db)
    summary_times = []
    for _ in range(3):
        t0 = time.perf_counter()
        query(db, "SELECT * FROM theme_summary")
        summary_times.append(time.perf_counter() - t0)
    counts = query(db, "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM comments), "
                       "(SELECT count(*) FROM post_sentences), (SELECT count(*) FROM sentence_themes)")[1][0]
    assert counts[0] == posts and counts[1] == comments and not result.skipped and again.skipped
    assert first_build.sentences == full_build.sentences == counts[2] and next_build.sentences == 0
    assert first_build.matches == full_build.matches == counts[3] and not first_build.is_full
    return {"posts": posts, "comments": comments, "sentences": counts[2],
            "posts_jsonl_mb": round(sizes["posts.jsonl"] / 1e6, 1),
            "comments_jsonl_mb": round(sizes["comments.jsonl"] / 1e6, 1),
            "generate_s": round(generate_s, 2), "clean_s": round(clean_s, 2), "load_s": round(load_s, 2),
            "themes_s": round(themes_s, 2), "load_plus_themes_s": round(load_s + themes_s, 2),
            "sentences_per_s": round(counts[2] / themes_s, -3),
            "clean_plus_load_s": round(clean_s + load_s + themes_s, 2), "reload_noop_s": round(reload_s, 3),
            "build_views_s": round(views_s, 3), "sentence_themes": counts[3],
            "rematch_all_s": round(rematch_all_s, 2), "load_unchanged_s": round(unchanged_s, 2),
            "themes_model_s": round(first_build.model_seconds, 2), "model_matches": first_build.model_matches,
            "rematch_all_model_s": round(full_build.model_seconds, 2),
            "themes_unchanged_s": round(next_themes_s, 3),
            "theme_summary_s": round(statistics.median(summary_times), 3)}


_OVERHEAD_CHILD = r'''
import json, shutil, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
work, template = Path(sys.argv[2]), Path(sys.argv[3])
from flows import prefect_env  # noqa
import flows.nightly as nightly_module
from crawler.options import CrawlJob, CrawlOptions
from crawler.run import CrawlResult
from prefect.logging import disable_run_logger
from tests.pool_support import pool_of

def fake_crawl(site_url, run_dir, **kwargs):
    for f in template.iterdir():
        if f.is_file() and f.name != "run.json":
            shutil.copy(f, run_dir / f.name)
    return CrawlResult(run_dir, {}, None)

nightly_module.crawl_pool = pool_of(fake_crawl)
config = work / "sites.toml"
config.write_text("")
out = {}

def direct(i):
    db, run_dir = str(work / f"direct{i}.duckdb"), work / f"direct{i}" / "bench"
    from flows.rundir import RunRequest
    with disable_run_logger():
        t0 = time.perf_counter()
        RunRequest(run_id=f"d{i}", site_url="https://bench.example/", site_name="bench").write(run_dir)
        nightly_module.prepare_warehouse.fn(db)
        nightly_module.crawl_site.fn(CrawlJob("https://bench.example/", str(run_dir), CrawlOptions(profile="fast")))
        clean = nightly_module.clean_run.fn(str(run_dir))
        nightly_module.load_run.fn(db, clean)
        nightly_module.build_views.fn(db)
        nightly_module.run_checks.fn(db, f"d{i}")
        nightly_module.summarise_run.fn(db, f"d{i}")
        return time.perf_counter() - t0

def flow(i):
    t0 = time.perf_counter()
    nightly_module.nightly(site_urls=["https://bench.example/"], db_path=str(work / f"flow{i}.duckdb"),
                           data_dir=str(work / f"flowdata{i}"), config_path=str(config))
    return time.perf_counter() - t0

out["direct_first_s"] = direct(0)
out["flow_cold_s"] = flow(0)
out["direct_s"] = [direct(i) for i in (1, 2, 3)]
out["flow_warm_s"] = [flow(i) for i in (1, 2, 3)]
print(json.dumps(out))
'''


def bench_prefect_overhead(work: Path, posts: int = 50, comments: int = 300) -> dict[str, Any]:
    template = work / "template" / "bench"
    generate_run(template, posts, comments)
    env = dict(os.environ, PREFECT_LOGGING_LEVEL="ERROR", PREFECT_HOME=str(work / "prefect-home"))
    env.pop("PREFECT_API_URL", None)
    t0 = time.perf_counter()
    completed = subprocess.run([sys.executable, "-c", _OVERHEAD_CHILD, str(REPO), str(work), str(template)],
                               env=env, capture_output=True, text=True, timeout=600, check=False)
    process_s = time.perf_counter() - t0
    if completed.returncode != 0:
        raise RuntimeError(f"overhead child failed:\n{completed.stderr[-3000:]}")
    raw = json.loads(completed.stdout.strip().splitlines()[-1])
    direct = statistics.median(raw["direct_s"])
    warm = statistics.median(raw["flow_warm_s"])
    return {"run_posts": posts, "run_comments": comments, "direct_s": round(direct, 2),
            "flow_cold_s": round(raw["flow_cold_s"], 2), "flow_warm_s": round(warm, 2),
            "overhead_cold_s": round(raw["flow_cold_s"] - direct, 2), "overhead_warm_s": round(warm - direct, 2),
            "child_process_s": round(process_s, 1)}


def markdown(load: dict[str, Any], overhead: dict[str, Any] | None) -> str:
    lines = ["| measure | value |", "|---|---|"]
    lines += [
        f"| posts / comments loaded | {load['posts']:,} / {load['comments']:,} ({load['sentences']:,} sentences) |",
        f"| JSONL size (posts / comments) | {load['posts_jsonl_mb']} MB / {load['comments_jsonl_mb']} MB |",
        f"| clean (Python: validate, NFC, sentences, hash) | {load['clean_s']} s |",
        f"| **first load, tables (DuckDB: read_json → tables, one transaction; queues the new posts)** | "
        f"**{load['load_s']} s** |",
        f"| **first load, theme matching (the build after the load: {load['sentences']:,} sentences → "
        f"{load['sentence_themes']:,} matches, {load['sentences_per_s']:,.0f} sentences/s)** | "
        f"**{load['themes_s']} s** |",
        f"| of which the recall layer (model: {load['model_matches']:,} matches) / in the full rebuild | "
        f"{load['themes_model_s']} s / {load['rematch_all_model_s']} s |",
        f"| **first load, tables + theme matching** (target ≤ 3 s) | **{load['load_plus_themes_s']} s** |",
        f"| full rebuild of sentence_themes (rules, model or matching code changed) | {load['rematch_all_s']} s |",
        f"| clean + load + theme matching | {load['clean_plus_load_s']} s |",
        f"| load of the same run again (no-op) | {load['reload_noop_s']} s |",
        f"| next run, same posts: tables / theme matching (nothing queued) | {load['load_unchanged_s']} s / "
        f"{load['themes_unchanged_s']} s |",
        f"| build views (nothing queued: no matching) | {load['build_views_s']} s |",
        f"| `SELECT * FROM theme_summary` (reads the stored matches) | {load['theme_summary_s']} s |",
    ]
    if overhead:
        lines += [
            f"| nightly steps called directly ({overhead['run_posts']} posts, stand-in crawl) | {overhead['direct_s']} s |",
            f"| same as a Prefect flow, first in a new process (temporary server starts) | {overhead['flow_cold_s']} s |",
            f"| same as a Prefect flow, later in that process | {overhead['flow_warm_s']} s |",
            f"| **Prefect overhead per run: cold / warm** | **{overhead['overhead_cold_s']} s / "
            f"{overhead['overhead_warm_s']} s** |",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--skip-prefect", action="store_true", help="Only the load benchmark")
    parser.add_argument("--json", type=Path, help="Also write the numbers as JSON here")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="wparchive-bench-"))
    try:
        load = bench_load(work, args.posts, args.comments)
        overhead = None if args.skip_prefect else bench_prefect_overhead(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(markdown(load, overhead))
    if args.json:
        args.json.write_text(json.dumps({"load": load, "prefect": overhead}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
