-- The negation rules of the theme build (theme_rules.rule_kind = 'negation'): per theme and rule language, one
-- alternation. A match of the theme in a sentence it matches is negated (sentence_themes.is_negated): "Vi fick
-- inte priset" is still about awards (bench/data/README.md) but no award received.
-- Grain: one row per theme × language with a negation rule (theme, language).
SELECT
    theme,
    language,
    string_agg('(?:' || pattern || ')', '|' ORDER BY pattern) AS negation_pattern
FROM stg_theme_rules
WHERE rule_kind = 'negation'
GROUP BY theme, language
ORDER BY theme, language;
