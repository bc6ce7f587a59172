-- Report, all posts: the live posts, newest first, as the searchable list shows them; the newest $pages of them
-- also get a page of their own in the report (their text, cut at $body_chars characters, and form).
-- Parameters: $limit, $pages, $body_chars. Grain: one row per listed live post (post_url); posts_count is the
-- number of live posts before the limit.
WITH posts AS (
    SELECT * FROM int_live_posts
),

comments AS (
    SELECT post_url, count(*) FILTER (WHERE comment_type = 'comment') AS comments_count
    FROM int_live_comments
    GROUP BY post_url
),

versions AS (
    SELECT post_url, count(*) AS versions_count FROM post_versions GROUP BY post_url
),

forms AS (
    SELECT * FROM int_latest_comment_forms
),

ranked AS (
    SELECT *, row_number() OVER (ORDER BY published_at DESC NULLS LAST, post_url) AS post_no,
           count(*) OVER () AS posts_count
    FROM posts
    QUALIFY post_no <= $limit
),

final AS (
    SELECT
        ranked.post_no,
        ranked.posts_count,
        ranked.post_no <= $pages AS has_page,
        ranked.site_name,
        ranked.post_url,
        ranked.title,
        ranked.author,
        strftime(ranked.published_at, '%Y-%m-%d') AS published,
        strftime(ranked.published_at, '%Y-%m-%d %H:%M') AS published_time,
        ranked.categories,
        ranked.tags,
        ranked.language,
        ranked.is_protected,
        coalesce(comments.comments_count, 0) AS comments_count,
        coalesce(versions.versions_count, 1) - 1 AS edits_count,
        -- a post whose page says comments are closed (the notice, no form) is "closed", as the filter offers
        CASE WHEN forms.post_url IS NULL THEN 'no form'
             WHEN forms.is_open THEN 'open'
             WHEN forms.is_present OR forms.closed_notice IS NOT NULL THEN 'closed'
             ELSE 'no form' END AS form_state,
        forms.form_kind,
        forms.required_fields,
        forms.login_providers,
        forms.requires_login,
        CASE WHEN ranked.post_no <= $pages THEN left(ranked.body_text, $body_chars) END AS body_text,
        length(ranked.body_text) AS body_chars
    FROM ranked
    LEFT JOIN comments USING (post_url)
    LEFT JOIN versions USING (post_url)
    LEFT JOIN forms USING (post_url)
)

SELECT * FROM final ORDER BY post_no;
