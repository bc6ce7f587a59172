-- int_live_posts: posts still published (not deleted), with local publication times for calendar buckets, and
-- comments as visitors find them: WordPress stores "open" (what REST gives) for posts whose comments it closes
-- by age (close_comments_for_old_posts), and the page shows the closed notice instead of a form: the page wins.
-- Grain: one row per live post (post_url).
WITH posts AS (
    SELECT * FROM stg_posts WHERE NOT is_deleted
),

latest_forms AS (
    SELECT post_url, is_open, closed_notice
    FROM stg_comment_forms
    QUALIFY row_number() OVER (PARTITION BY post_url ORDER BY crawled_at DESC, run_id DESC) = 1
),

final AS (
    SELECT
        posts.* REPLACE (
            CASE WHEN latest_forms.closed_notice IS NOT NULL AND NOT latest_forms.is_open THEN 'closed'
                 ELSE posts.comment_status END AS comment_status),
        timezone(posts.site_timezone, posts.published_at) AS published_local,
        CAST(date_trunc('month', timezone(posts.site_timezone, posts.published_at)) AS DATE) AS published_month
    FROM posts
    LEFT JOIN latest_forms USING (post_url)
)

SELECT * FROM final
