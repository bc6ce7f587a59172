-- theme_summary: how much the blog wrote about each theme each month (by the post's local publication month),
-- and how much its theme posts were discussed.
-- Grain: one row per site × theme × month with at least one mention (site, theme, month).
WITH mentions AS (
    SELECT * FROM theme_mentions
),

comments_per_post AS (
    SELECT post_url, count(*) AS comments_count
    FROM int_live_comments
    WHERE comment_type = 'comment'
    GROUP BY post_url
),

theme_posts AS (
    SELECT
        site, site_name, theme, theme_label_en, theme_label_sv, published_month AS month, post_url,
        count(*) AS mentions_count,
        count(*) FILTER (WHERE is_negated) AS negated_mentions_count
    FROM mentions
    GROUP BY ALL
),

final AS (
    SELECT
        theme_posts.site,
        theme_posts.site_name,
        theme_posts.theme,
        theme_posts.theme_label_en,
        theme_posts.theme_label_sv,
        theme_posts.month,
        count(*) AS posts,
        CAST(sum(theme_posts.mentions_count) AS BIGINT) AS mentions,
        -- of which negated ("we did not win the prize"): about the theme, but e.g. no award received
        CAST(sum(theme_posts.negated_mentions_count) AS BIGINT) AS negated_mentions,
        CAST(coalesce(sum(comments_per_post.comments_count), 0) AS BIGINT) AS comments
    FROM theme_posts
    LEFT JOIN comments_per_post USING (post_url)
    GROUP BY ALL
)

SELECT * FROM final
