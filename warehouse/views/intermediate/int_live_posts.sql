-- int_live_posts: posts still published (not deleted), with local publication times for calendar buckets.
-- Grain: one row per live post (post_url).
WITH posts AS (
    SELECT * FROM stg_posts WHERE NOT is_deleted
),

final AS (
    SELECT
        posts.*,
        timezone(posts.site_timezone, posts.published_at) AS published_local,
        CAST(date_trunc('month', timezone(posts.site_timezone, posts.published_at)) AS DATE) AS published_month
    FROM posts
)

SELECT * FROM final
