-- current_posts: the blog as it is now — every post still published (deleted ones left out; the table `posts`
-- keeps them as history), with the site's name and the publication time in the site's own time zone.
-- Grain: one row per live post (post_url).
WITH live_posts AS (
    SELECT * FROM int_live_posts
),

final AS (
    SELECT
        site,
        site_name,
        post_url,
        wp_post_id,
        title,
        author,
        published_at,
        modified_at,
        published_local,
        published_month,
        categories,
        tags,
        body_text,
        language,
        comment_status,
        is_protected,
        comment_count,
        first_seen_at,
        last_seen_at
    FROM live_posts
)

SELECT * FROM final
