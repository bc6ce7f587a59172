-- Report, theme trends: posts and matching sentences per theme and month, all sites together; every theme in
-- `themes` appears (with no months when nothing mentions it).
-- Grain: one row per theme and month with a mention, plus one row per theme without any (month NULL).
WITH themes AS (
    SELECT theme, label_en, label_sv FROM main.themes
),

per_month AS (
    SELECT theme, month, CAST(sum(posts) AS BIGINT) AS posts, CAST(sum(mentions) AS BIGINT) AS mentions,
           CAST(sum(negated_mentions) AS BIGINT) AS negated_mentions
    FROM theme_summary
    GROUP BY ALL
),

final AS (
    SELECT
        themes.theme,
        themes.label_en,
        themes.label_sv,
        per_month.month,
        coalesce(per_month.posts, 0) AS posts,
        coalesce(per_month.mentions, 0) AS mentions,
        coalesce(per_month.negated_mentions, 0) AS negated_mentions  -- of which negated (no award received)
    FROM themes
    LEFT JOIN per_month USING (theme)
)

SELECT * FROM final ORDER BY theme, month;
