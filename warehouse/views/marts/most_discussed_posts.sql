-- most_discussed_posts: live posts ranked by their approved comments (pingbacks excluded), per site.
-- Grain: one row per live post (post_url), posts without comments included with zero.
WITH posts AS (
    SELECT site, site_name, post_url, title, author, published_at, comment_status FROM int_live_posts
),

discussion AS (
    SELECT
        post_url,
        count(*) AS comments_count,
        count(*) FILTER (WHERE NOT is_top_level) AS replies_count,
        count(DISTINCT author_name) AS commenters_count,
        max(published_at) AS last_comment_at
    FROM int_live_comments
    WHERE comment_type = 'comment'
    GROUP BY post_url
),

final AS (
    SELECT
        posts.*,
        coalesce(discussion.comments_count, 0) AS comments_count,
        coalesce(discussion.replies_count, 0) AS replies_count,
        coalesce(discussion.commenters_count, 0) AS commenters_count,
        discussion.last_comment_at,
        rank() OVER (PARTITION BY posts.site ORDER BY coalesce(discussion.comments_count, 0) DESC)
            AS discussion_rank
    FROM posts
    LEFT JOIN discussion USING (post_url)
)

SELECT * FROM final
