"""Theme matching: keep sentence_themes equal to int_sentence_themes, ~70 times faster than the view computes it.

``views/intermediate/int_sentence_themes.sql`` is the specification (and stays queryable): per sentence × theme it
joins the rules whose anchor occurs into one alternation and runs it. That pattern differs per row, and DuckDB
compiles a non-constant pattern for every row (~2,400 sentences/s). The theme build here runs the same steps with
patterns that are bound parameters — constants to DuckDB, so compiled once per statement: one include and one
exclude alternation per theme and language class (``load/theme_rule_sets.sql``), one SELECT per such rule set
(``load/match_theme_rule_set.sql``), joined with UNION ALL. A sentence is first tested against the theme's include
and exclude rules together (one that neither matches has nothing to mask and nothing to find): one pass of RE2's
DFA, measured cheaper than testing the theme's 15–50 anchors with ``contains``. ~160,000 sentences/s on 2 cores.

Why the matches are the same although every rule of the set is tried, not only those whose anchor occurs (the
view's candidates). A rule's anchor is a literal that every match of its pattern contains (compared in lower
case). So a rule whose anchor is not in the sentence matches nowhere in it: leaving it out of an alternation, or
adding it, changes no match (leftmost-first: at each position the alternatives are tried in order, and one that
never matches never wins). That settles the excludes, which run on the sentence itself. The includes run on the
*masked* sentence, where an exclude match became one space, and masking can form an anchor the sentence did not
have: " matpris " masked by an exclude " mat" reads " pris ", which holds the anchor " pris". Such a rule is no
candidate in the view, yet may match here. A formed occurrence must contain an inserted space (any other
occurrence lies within an unmasked stretch of the sentence), so only anchors with a space can be formed; a row
where masking changed the text and formed one of those (``needs_view``) is left to the view itself, run on just
those sentences. The rest are equal by the argument above, including those where the view has no include
candidate at all (then no include can match here either). A rule that breaks its anchor's promise (a match
without the anchor) would be tried by the view only where its anchor occurs and here everywhere:
``tests/test_themes.py`` checks the seeded rules keep it.

The recall layer (warehouse/themes_model.py) then scores the same sentences with the model trained from the
labelled sentences (``seeds/theme_model.json``): a sentence × theme the rules left undecided — no include matched
and no exclude fired — is stored as ``method = 'model'`` when the model's probability reaches the theme's
threshold, with that score and the n-grams that raised it as evidence. Last, negation rules (rule_kind
``negation``) mark the matches they negate (``is_negated``: "Vi fick inte priset" is about awards, no award won).

Loads queue the posts whose matches may change (``sentence_themes_pending``); ``build_sentence_themes`` (run by
``warehouse.db.build_views`` after the loads) matches them, or every post when the rules or the SQL that matches
them changed since the last full rebuild.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import _PARAM, VIEWS, _params_of, execute_file, fetch_file, sql_file, statements, utc_now

# sentence_themes is computed by these layers' views and by this module's SQL: a full rebuild is due when any of
# them changed (or theme_rules did): their fingerprint is recorded in sentence_themes_builds.
_THEMES_FROM_LAYERS = ("staging", "intermediate")
_MATCH_FILES = ("load/stage_theme_sentences.sql", "load/theme_rule_sets.sql", "load/match_theme_rule_set.sql",
                "load/insert_theme_matches.sql", "load/theme_sentences_to_score.sql", "load/theme_decided_pairs.sql",
                "load/insert_model_theme_matches.sql", "load/theme_negation_sets.sql",
                "load/mark_negated_theme_matches.sql", "themes_model.py", "seeds/theme_model.json")


@dataclass(frozen=True)
class ThemeBuild:
    """What one theme build did."""

    is_full: bool  # every post was re-matched (the rules or the SQL changed, or forced)
    sentences: int  # sentences matched
    matches: int  # rows written to sentence_themes
    model_matches: int = 0  # of which the recall layer's (method = 'model')
    model_seconds: float = 0.0  # time the recall layer took (fetch, score, store), for the benchmark


def build_sentence_themes(con: duckdb.DuckDBPyConnection, *, force: bool = False,
                          model_json: Path | None = None) -> ThemeBuild:
    """Bring sentence_themes up to date: match the posts the loads queued, or every post when theme_rules or the
    SQL that matches them changed since the last full rebuild (or ``force``). Runs in the caller's transaction,
    once the views exist; building again right after changes nothing. ``model_json``: the recall layer's model
    (default: warehouse/seeds/theme_model.json)."""
    ((fingerprint, rules_count),) = fetch_file(con, "load/sentence_themes_fingerprint.sql",
                                               {"sql_sha256": _sql_sha256()})
    last = fetch_file(con, "load/last_sentence_themes_build.sql")
    is_full = force or not last or last[0][0] != fingerprint
    if is_full:
        execute_file(con, "load/queue_all_posts_for_themes.sql")
    sentences, matches, model_matches, model_seconds = _match_pending(con, model_json)
    if is_full:
        execute_file(con, "load/record_sentence_themes_build.sql",
                     {"now": utc_now(), "fingerprint": fingerprint, "rules_count": rules_count})
    return ThemeBuild(is_full, sentences, matches, model_matches, model_seconds)


def _match_pending(con: duckdb.DuckDBPyConnection, model_json: Path | None) -> tuple[int, int, int, float]:
    """Replace the stored matches of the queued posts (and drop those of deleted posts); returns (sentences
    matched, matches stored, of which the model's, seconds the model took)."""
    execute_file(con, "load/delete_stale_sentence_themes.sql")
    sentences = execute_file(con, "load/stage_theme_sentences.sql")
    matches = model_matches = 0
    model_seconds = 0.0
    cursor = con.execute(sql_file("load/theme_rule_sets.sql"))
    names = [d[0] for d in cursor.description]
    rule_sets = [dict(zip(names, row)) for row in cursor.fetchall()]
    if rule_sets:
        con.execute(*_match_statement(rule_sets))
        matches = execute_file(con, "load/insert_theme_matches.sql")
        if fetch_file(con, "load/count_theme_rows_for_view.sql")[0][0]:
            matches += con.execute(_view_decides_statement()).fetchall()[0][0]
        if sentences:  # a night that changed no post has nothing to score: numpy and scipy are not even imported
            started = time.perf_counter()
            model_matches = _store_model_matches(con, model_json)
            model_seconds = time.perf_counter() - started
            matches += model_matches
        for theme, language, pattern in fetch_file(con, "load/theme_negation_sets.sql"):
            execute_file(con, "load/mark_negated_theme_matches.sql",
                         {"theme": theme, "language": language, "negation_pattern": pattern})
    execute_file(con, "load/finish_theme_build.sql")
    return sentences, matches, model_matches, model_seconds


def _store_model_matches(con: duckdb.DuckDBPyConnection, model_json: Path | None) -> int:
    """Score this build's sentences (there are some: the caller checked) with the recall layer and store its matches
    where the rules decided nothing (insert_model_theme_matches.sql enforces that); returns how many were stored."""
    # Imported here: numpy and scipy take ~0.7 s to import, a cost only a build with sentences to score pays.
    import numpy as np

    from warehouse.themes_model import MODEL_JSON, ThemeModel, evidence_word

    # Columns as numpy arrays and the rules' decisions as a mask: no Python object per row or per decided pair.
    rows = con.execute(sql_file("load/theme_sentences_to_score.sql")).fetchnumpy()
    model = ThemeModel.load(model_json or MODEL_JSON)
    sentences = rows["sentence"].tolist()
    pairs = con.execute(sql_file("load/theme_decided_pairs.sql"), {"themes": model.themes}).fetchnumpy()
    decided = np.zeros((len(sentences), len(model.themes)), dtype=bool)
    decided[pairs["row_no"].astype(np.int64), pairs["theme_no"].astype(np.int64)] = True
    found = model.matches(sentences, decided=decided)
    if not found:
        return 0
    at = np.fromiter((m.row for m in found), dtype=np.int64, count=len(found))
    return execute_file(con, "load/insert_model_theme_matches.sql", {
        "post_urls": rows["post_url"][at].tolist(),
        "sentence_nos": rows["sentence_no"][at].tolist(),
        "themes": [m.theme for m in found],
        "scores": [m.score for m in found],
        "matched_texts": [evidence_word(sentences[m.row], m.ngrams) for m in found],
        "evidence_ngrams": [m.ngrams for m in found],
    })


def _match_statement(rule_sets: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """CREATE the temporary table theme_matches from one copy of match_theme_rule_set.sql per rule set, each with
    its parameters renamed ``$name_<n>``; returns the statement and its parameters. Only parameter names are
    composed into the SQL; the patterns, anchors and themes from theme_rules are bound as values."""
    (template,) = statements(sql_file("load/match_theme_rule_set.sql"))
    selects: list[str] = []
    params: dict[str, Any] = {}
    for n, rule_set in enumerate(rule_sets):
        selects.append(_PARAM.sub(lambda m, n=n: f"${m.group(1)}_{n}", template))
        params.update({f"{name}_{n}": rule_set[name] for name in _params_of(template)})
    return "CREATE OR REPLACE TEMP TABLE theme_matches AS\n" + "\nUNION ALL\n".join(selects), params


def _view_decides_statement() -> str:
    """INSERT what int_sentence_themes says about the rows marked ``needs_view``: the view's own query, with a CTE
    named int_post_sentences shadowing that view with just those rows' sentences. (A filter on the view itself is
    applied only after matching every sentence: DuckDB can't push it through the view's aggregation.)"""
    body = sql_file("views/intermediate/int_sentence_themes.sql").strip().rstrip(";")
    return (
        "INSERT INTO sentence_themes (post_url, sentence_no, theme, sentence, matched_text)\n"
        "WITH flagged AS (\n"
        "    SELECT post_url, sentence_no, theme FROM theme_matches WHERE needs_view\n"
        "),\n"
        "int_post_sentences AS (\n"
        "    SELECT s.* FROM main.int_post_sentences AS s\n"
        "    SEMI JOIN flagged AS f ON f.post_url = s.post_url AND f.sentence_no = s.sentence_no\n"
        ")\n"
        "SELECT matched.post_url, matched.sentence_no, matched.theme, matched.sentence, matched.matched_text\n"
        f"FROM (\n{body}\n) AS matched\n"
        "SEMI JOIN flagged USING (post_url, sentence_no, theme)"
    )


def _sql_sha256() -> str:
    """sha256 of what computes sentence_themes besides theme_rules: the views int_sentence_themes reads through,
    the theme build's SQL and this module."""
    digest = hashlib.sha256()
    for layer, names in VIEWS:
        if layer in _THEMES_FROM_LAYERS:
            for name in names:
                digest.update(f"-- {layer}/{name}\n{sql_file(f'views/{layer}/{name}.sql')}".encode())
    for relative in _MATCH_FILES:
        digest.update(f"-- {relative}\n{sql_file(relative)}".encode())  # the model's code and artefact too
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()
