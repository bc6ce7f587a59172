-- The rule sets of the theme build (warehouse/themes.py): for each theme and each language class among the
-- sentences to match (theme_sentences), the theme's rules that apply to that class joined into one include and
-- one exclude alternation — built exactly as int_sentence_themes builds them (both read stg_theme_rules; '(?:' || pattern
-- || ')' in pattern order), but from every applicable rule, not only those whose anchor occurs: see
-- warehouse/themes.py for why that gives the same matches.
-- Grain: one row per theme × language class with an include rule (theme, language_class).
WITH rules AS (
    SELECT theme, language, rule_kind, anchor, pattern
    FROM stg_theme_rules
),

classes AS (
    SELECT DISTINCT language_class FROM theme_sentences
),

-- the view's language condition (rule.language = '*', the sentence's language unknown, or equal), per class
class_rules AS (
    SELECT classes.language_class, rules.*
    FROM classes
    JOIN rules
      ON classes.language_class IS NULL OR rules.language = '*' OR rules.language = classes.language_class
),

rule_sets AS (
    SELECT
        theme,
        language_class,
        string_agg('(?:' || pattern || ')', '|' ORDER BY pattern)
            FILTER (WHERE rule_kind = 'include') AS include_pattern,
        string_agg('(?:' || pattern || ')', '|' ORDER BY pattern)
            FILTER (WHERE rule_kind = 'exclude') AS exclude_pattern,
        -- the only anchors exclude masking can form (it inserts a space): see warehouse/themes.py
        list(DISTINCT anchor ORDER BY anchor)
            FILTER (WHERE rule_kind = 'include' AND contains(anchor, ' ')) AS spaced_anchors
    FROM class_rules
    GROUP BY theme, language_class
    HAVING count(*) FILTER (WHERE rule_kind = 'include') > 0
),

final AS (
    SELECT
        theme,
        language_class,
        include_pattern,
        exclude_pattern,
        -- a sentence this does not match has nothing to mask and nothing to find
        include_pattern || coalesce('|' || exclude_pattern, '') AS any_pattern,
        coalesce(spaced_anchors, []) AS spaced_anchors
    FROM rule_sets
)

SELECT * FROM final
ORDER BY theme, language_class NULLS FIRST;
