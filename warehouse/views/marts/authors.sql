-- authors: who writes the blog: posts per author, their span, and the discussion their posts drew.
-- Grain: one row per site and post author (site, author); posts without a byline count under author NULL.
WITH posts AS (
    SELECT site, site_name, author, post_url, published_at FROM int_live_posts
),

comments_per_post AS (
    SELECT post_url, count(*) AS comments_count
    FROM int_live_comments
    WHERE comment_type = 'comment'
    GROUP BY post_url
),

final AS (
    SELECT
        posts.site,
        posts.site_name,
        posts.author,
        count(*) AS posts_count,
        min(posts.published_at) AS first_published_at,
        max(posts.published_at) AS last_published_at,
        CAST(coalesce(sum(comments_per_post.comments_count), 0) AS BIGINT) AS comments_received_count
    FROM posts
    LEFT JOIN comments_per_post USING (post_url)
    GROUP BY ALL
)

SELECT * FROM final
