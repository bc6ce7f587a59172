-- stg_theme_rules: theme_rules as the matcher reads them (int_sentence_themes, load/theme_rule_sets.sql).
-- Grain: one row per rule of theme_rules that has a pattern.
-- \m and \M (word start and end, written in the CSV for the boundary spaces CSV tools trim) become those spaces;
-- anchors are compared in lower case; a rule without a pattern is left out (an empty alternative would match ''
-- first and hide the real matches of its group).

select
    theme,
    language,
    rule_kind,
    -- no anchor: the rule is tried on every sentence
    lower(replace(replace(coalesce(anchor, ''), '\m', ' '), '\M', ' ')) as anchor,
    replace(replace(pattern, '\m', ' '), '\M', ' ') as pattern
from theme_rules
where coalesce(pattern, '') <> ''
