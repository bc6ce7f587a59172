-- Report, discussions and post pages: the live comments, in thread order (a reply right under the comment it
-- answers), of the most discussed live posts (post_rank 1…$posts) and of the newest $pages live posts, which have
-- pages of their own (the order of report_posts.sql; post_rank NULL unless also among the most discussed).
-- Parameters: $posts, $pages, $comments_per_post. Grain: one row per shown post and comment (post_url,
-- wp_comment_id).
WITH RECURSIVE top_posts AS (
    SELECT site, site_name, post_url, title, published_at, comments_count,
           row_number() OVER (ORDER BY comments_count DESC, published_at DESC, post_url) AS post_rank
    FROM most_discussed_posts
    WHERE comments_count > 0
    QUALIFY post_rank <= $posts
),

page_posts AS (
    SELECT post_url FROM int_live_posts
    QUALIFY row_number() OVER (ORDER BY published_at DESC NULLS LAST, post_url) <= $pages
),

shown_posts AS (
    SELECT post_url FROM top_posts UNION SELECT post_url FROM page_posts
),

comments AS (
    SELECT * FROM int_live_comments
    WHERE comment_type = 'comment' AND post_url IN (SELECT post_url FROM shown_posts)
),

-- A comment's place in its thread: its ancestors' (time, id) keys, root first; sorting by it gives thread order.
threads AS (
    SELECT site, wp_comment_id, [strftime(timezone('UTC', published_at), '%Y%m%d%H%M%S') || lpad(wp_comment_id::VARCHAR, 20, '0')]
        AS thread_path
    FROM comments
    WHERE is_top_level  -- a reply whose parent is not public starts its own thread
    UNION ALL
    -- WordPress nests at most 10 levels; past 32 (only a hostile site's chain, thousands deep, whose paths grew with
    -- the square of its depth and ran out of memory) a reply keeps its ancestor's path and sorts by time within it
    SELECT comments.site, comments.wp_comment_id,
           CASE WHEN len(threads.thread_path) >= 32 THEN threads.thread_path
                ELSE list_append(threads.thread_path,
                                 strftime(timezone('UTC', comments.published_at), '%Y%m%d%H%M%S')
                                 || lpad(comments.wp_comment_id::VARCHAR, 20, '0')) END
    FROM comments
    JOIN threads ON threads.site = comments.site AND threads.wp_comment_id = comments.parent_wp_comment_id
),

numbered AS (
    SELECT
        top_posts.post_rank,
        top_posts.site_name,
        comments.post_url,
        top_posts.title,
        strftime(top_posts.published_at, '%Y-%m-%d') AS post_published,
        top_posts.comments_count,
        row_number() OVER (PARTITION BY comments.post_url
                           ORDER BY threads.thread_path NULLS LAST, comments.published_at, comments.wp_comment_id)
            AS comment_no,
        comments.wp_comment_id,
        -- an erased comment keeps its place in the thread, under a placeholder the report words (its replies stay)
        comments.is_erased,
        comments.author_name,
        strftime(comments.published_at, '%Y-%m-%d %H:%M') AS comment_published,
        comments.depth,
        comments.body_text
    FROM comments
    LEFT JOIN top_posts USING (post_url)
    LEFT JOIN threads ON threads.site = comments.site AND threads.wp_comment_id = comments.wp_comment_id
),

final AS (
    SELECT * FROM numbered WHERE comment_no <= $comments_per_post
)

SELECT * FROM final ORDER BY post_rank NULLS LAST, post_url, comment_no;
