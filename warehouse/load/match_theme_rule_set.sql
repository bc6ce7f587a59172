-- One rule set of the theme build: the sentences of one language class (theme_sentences) matched against one
-- theme's rules. warehouse/themes.py joins one copy per rule set (theme_rule_sets.sql) with UNION ALL, each with
-- its own parameters. Every pattern is a bound parameter, which DuckDB treats as a constant: each regex is
-- compiled once per statement, where int_sentence_themes's patterns, built per row, are compiled per row.
-- The steps are the view's: excludes blank out what they match, the leftmost include match is the evidence.
-- Parameters: $theme, $language_class, $include_pattern, $exclude_pattern (NULL: none), $any_pattern,
-- $spaced_anchors.
-- Grain: one row per sentence of the class that an include or exclude rule of the theme matches.
SELECT
    post_url,
    sentence_no,
    theme,
    sentence,
    trim(regexp_extract(masked_text, $include_pattern, 0, 'i')) AS matched_text,
    -- Masking formed an include anchor the sentence lacks: that rule was no candidate in the view, so the view
    -- decides this row (warehouse/themes.py). A CASE, not AND: DuckDB would evaluate the lambda on every row.
    CASE
        WHEN masked_text = match_text THEN false
        ELSE len(list_filter($spaced_anchors, lambda anchor:
                 contains(lower(masked_text), anchor) AND NOT contains(lower(match_text), anchor))) > 0
    END AS needs_view
FROM (
    SELECT
        post_url,
        sentence_no,
        $theme AS theme,
        sentence,
        match_text,
        -- checked first: a global regexp_replace costs as much as a search even when nothing matches
        CASE
            WHEN regexp_matches(match_text, $exclude_pattern, 'i')
                THEN regexp_replace(match_text, $exclude_pattern, ' ', 'gi')
            ELSE match_text
        END AS masked_text
    FROM theme_sentences
    WHERE language_class IS NOT DISTINCT FROM $language_class
      AND regexp_matches(match_text, $any_pattern, 'i')
) AS masked
