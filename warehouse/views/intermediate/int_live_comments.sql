-- int_live_comments: comments still shown (not removed) on live posts, with local publication months.
-- Grain: one row per live comment (site, wp_comment_id).
WITH comments AS (
    SELECT * FROM stg_comments WHERE NOT is_removed
),

live_posts AS (
    SELECT post_url, site_timezone, title AS post_title FROM int_live_posts
),

final AS (
    SELECT
        comments.*,
        live_posts.post_title,
        timezone(live_posts.site_timezone, comments.published_at) AS published_local,
        CAST(date_trunc('month', timezone(live_posts.site_timezone, comments.published_at)) AS DATE)
            AS published_month
    FROM comments
    JOIN live_posts USING (post_url)
)

SELECT * FROM final
