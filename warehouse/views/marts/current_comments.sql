-- current_comments: the comments as the blog shows them now — approved comments, pingbacks and trackbacks still
-- shown on posts still published (removed ones and those of deleted posts left out; the table `comments` keeps
-- them as history), with the post's title and the time in the site's own time zone.
-- Grain: one row per live comment (site, wp_comment_id).
WITH live_comments AS (
    SELECT * FROM int_live_comments
),

final AS (
    SELECT
        site,
        wp_comment_id,
        post_url,
        post_title,
        parent_wp_comment_id,
        author_name,
        author_url,
        published_at,
        published_local,
        published_month,
        body_text,
        depth,
        comment_type,
        first_seen_at
    FROM live_comments
)

SELECT * FROM final
