-- int_latest_comment_forms: each live post's comment form as the most recent crawl saw it.
-- Grain: one row per live post (post_url).
WITH forms AS (
    SELECT * FROM stg_comment_forms
),

live_posts AS (
    SELECT post_url FROM int_live_posts
),

latest AS (
    SELECT forms.*
    FROM forms
    JOIN live_posts USING (post_url)
    QUALIFY row_number() OVER (PARTITION BY forms.post_url ORDER BY forms.crawled_at DESC, forms.run_id DESC) = 1
),

final AS (
    SELECT * FROM latest
)

SELECT * FROM final
