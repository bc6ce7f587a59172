-- activity_by_month: posts published and comments written per month (site-local calendar).
-- Grain: one row per site and month with any post or comment (site, month).
WITH posts_per_month AS (
    SELECT site, published_month AS month, count(*) AS posts_count
    FROM int_live_posts
    WHERE published_month IS NOT NULL
    GROUP BY ALL
),

comments_per_month AS (
    SELECT
        site,
        published_month AS month,
        count(*) FILTER (WHERE comment_type = 'comment') AS comments_count,
        count(*) FILTER (WHERE comment_type <> 'comment') AS pingbacks_count,
        count(DISTINCT author_name) FILTER (WHERE comment_type = 'comment') AS commenters_count
    FROM int_live_comments
    WHERE published_month IS NOT NULL
    GROUP BY ALL
),

final AS (
    SELECT
        site,
        month,
        coalesce(posts_per_month.posts_count, 0) AS posts_count,
        coalesce(comments_per_month.comments_count, 0) AS comments_count,
        coalesce(comments_per_month.pingbacks_count, 0) AS pingbacks_count,
        coalesce(comments_per_month.commenters_count, 0) AS commenters_count
    FROM posts_per_month
    FULL OUTER JOIN comments_per_month USING (site, month)
)

SELECT * FROM final
