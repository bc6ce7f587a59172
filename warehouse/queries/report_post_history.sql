-- Report, post pages: each paged post's history as the archive saw it, oldest first: when it was first archived
-- and how its comment form looked then, then every change `audit_changes` lists for it (text edits with what
-- changed, deletion and restoring, the form opened, closed or changed; comments are in the page's thread).
-- Parameters: $pages (the newest live posts, in report_posts.sql's order), $per_post.
-- Grain: one row per paged post and event (post_url, event_no).
WITH page_posts AS (
    SELECT post_url FROM int_live_posts
    QUALIFY row_number() OVER (ORDER BY published_at DESC NULLS LAST, post_url) <= $pages
),

first_forms AS (
    SELECT post_url, crawled_at,
           CASE WHEN NOT is_present THEN 'none' WHEN is_open THEN 'open' ELSE 'closed' END AS state,
           form_kind, required_fields
    FROM comment_forms
    WHERE post_url IN (SELECT post_url FROM page_posts)
    QUALIFY row_number() OVER (PARTITION BY post_url ORDER BY crawled_at, run_id) = 1
),

events AS (
    SELECT post_url, changed_at, change_kind, detail
    FROM audit_changes
    WHERE post_url IN (SELECT post_url FROM page_posts)
      -- Comments are told by the page's thread; leaving them out here also spares summarising every comment.
      AND change_kind NOT IN ('comment_new', 'comment_removed')
    UNION ALL
    -- The kind says how it looked ('form_first_open', …: the report words it); the detail lists what it asked.
    SELECT post_url, crawled_at, 'form_first_' || state,
           concat_ws(' · ', form_kind, nullif(array_to_string(required_fields, ', '), ''))
    FROM first_forms
),

final AS (
    SELECT
        post_url,
        row_number() OVER (PARTITION BY post_url ORDER BY changed_at, change_kind <> 'post_new', change_kind) AS event_no,
        strftime(changed_at, '%Y-%m-%d %H:%M') AS changed,
        change_kind,
        detail
    FROM events
    QUALIFY row_number() OVER (PARTITION BY post_url ORDER BY changed_at DESC, change_kind DESC) <= $per_post
)

SELECT * FROM final ORDER BY post_url, event_no;
