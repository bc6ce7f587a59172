"""The page extractor on the shared real-world corpora ($WPARCHIVE_CORPORA, default ../shared/corpora), scored with the
corpora's own score.py.

Floors sit a few points below what the extractor reaches today (see bench/bench_extract.py for the numbers and
trafilatura's); a drop below one is a regression. The corpora are read in place, never copied into the repo;
without them these tests skip, saying where to get them (tests/shared_data.py), except under CI=true.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from crawler.pages import extract_page
from tests.shared_data import require_corpora

NAMES = ("trafilatura-eval", "scrapinghub-aeb", "swe-spraakbanken")

# what the extractor reaches today (percent), for reference: must 97.0, must-not 98.0, comments 90.0 (the 10
# comment snippets missed are not in the saved HTML), leak 1.0 (one snippet a comment quotes from the post),
# title 91.3, date 95.7, author 72.7, ScrapingHub shingle F1 98.5
FLOORS = {
    "must_found": 0.945, "mustnot_avoided": 0.955, "c_found": 0.87, "title_exact": 0.88, "date_exact": 0.93,
    "author_loose": 0.68,
}
LEAK_CEILING = 0.02
SHINGLE_F1_FLOOR = 0.97  # trafilatura 2.3.1 reaches ~0.974 on these pages


def _score_module():
    score_py = require_corpora("score.py")
    spec = importlib.util.spec_from_file_location("corpora_score", score_py)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(score_py.parent))
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score():
    return _score_module()


@pytest.fixture(scope="module")
def results(score) -> dict:
    """Per corpus: (pages, ground truths, extractor outputs, score rows)."""
    out = {}
    for name in NAMES:
        folder = require_corpora(name)
        _, pages, gts = score.load_corpus(str(folder), "all", 0)
        preds, rows = [], []
        for page, gt in zip(pages, gts):
            pred = extract_page(score.decode_html((folder / page["html_file"]).read_bytes()))
            preds.append(pred)
            rows.append(score.score_page(gt, pred, None))
        out[name] = (pages, gts, preds, rows)
    return out


def _aggregate(score, results, name) -> dict:
    return score.aggregate(results[name][3])


def test_snippet_metadata_and_comment_floors_on_trafilatura_eval(score, results):
    agg = _aggregate(score, results, "trafilatura-eval")
    low = {k: round(agg[k], 3) for k, floor in FLOORS.items() if agg[k] < floor}
    assert not low, f"below the floors {FLOORS}: {low}"
    assert agg["c_leak"] <= LEAK_CEILING, f"comment text leaks into bodies: {agg['c_leak']:.3f}"


def test_full_text_shingle_f1_on_scrapinghub_wordpress_pages(score, results):
    agg = _aggregate(score, results, "scrapinghub-aeb")
    assert agg["sh_f1"] >= SHINGLE_F1_FLOOR, f"shingle F1 {agg['sh_f1']:.3f} < {SHINGLE_F1_FLOOR}"


def test_no_page_crashes_and_every_post_page_has_text(results):
    for name, (pages, _, preds, _) in results.items():
        empty = [p["id"] for p, pred in zip(pages, preds) if not pred["text"].strip()]
        assert not empty, f"{name}: no body text for {empty}"


def test_wordpress_com_highlander_forms_are_recognised_with_their_log_in_providers(results):
    checked = 0
    for name, (pages, _, preds, _) in results.items():
        subsets = json.loads(require_corpora(name, "subsets.json").read_text(encoding="utf-8"))
        wanted = set(subsets.get("wpcom_highlander_form", []))
        for page, pred in zip(pages, preds):
            if page["id"] not in wanted:
                continue
            checked += 1
            form = pred["comment_form"]
            assert form["kind"] == "wpcom-highlander", (page["id"], form)
            assert form["present"] and form["open"], (page["id"], form)
            assert {"wordpress.com", "twitter", "facebook"} <= set(form["login_options"]), (page["id"], form)
            assert {"comment", "email", "author"} <= set(form["fields"]), (page["id"], form)
    assert checked >= 15, f"expected the corpora's highlander pages, found {checked}"


def test_swedish_post_has_its_17_comments_nested_as_published(results):
    pages, gts, preds, rows = results["swe-spraakbanken"]
    gt, pred = gts[0], preds[0]
    got = [(str(c["id"]), str(c["parent"]) if c["parent"] else None, c["depth"], c["author"])
           for c in pred["comments"]]
    want = [(c["id"], c["parent"], c["depth"], c["author"]) for c in gt["comments"]]
    assert len(got) == 17
    assert got == want
    for c, g in zip(pred["comments"], gt["comments"]):
        assert " ".join(c["text"].split()) == " ".join(g["text"].split()), c["id"]
    assert max(c["depth"] for c in pred["comments"]) == 7
    # closed comments, and Jetpack's carousel and subscription forms are not the comment form
    form = pred["comment_form"]
    assert (form["present"], form["open"]) == (False, False)
    assert form["closed_notice"] == gt["comment_form"]["closed_notice"]
    # the post's own metadata
    assert (pred["title"], pred["author"], pred["date"]) == (gt["title"], gt["author"], gt["date"])
    assert pred["categories"] == gt["categories"]
    row = rows[0]
    assert row["with_found"] == row["with_total"] and row["without_found"] == 0
    assert row["c_leak_in_body"] == 0
