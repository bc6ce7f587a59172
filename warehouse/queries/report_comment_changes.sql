-- Report, changes: comments new or removed since each site's previous successful crawl ended, newest first.
-- Parameters: $limit (rows per kind of change). Grain: one row per comment and change (site, wp_comment_id, change).
WITH runs AS (
    SELECT site, finished_at,
           row_number() OVER (PARTITION BY site ORDER BY finished_at DESC, run_id DESC) AS run_no
    FROM crawl_runs
    WHERE status = 'succeeded' AND finished_at IS NOT NULL
),

windows AS (
    SELECT site, finished_at AS since FROM runs WHERE run_no = 2
),

comments AS (
    SELECT comments.*, windows.since, sites.name AS site_name
    FROM main.comments AS comments
    JOIN windows USING (site)
    JOIN sites USING (site)
),

changes AS (
    SELECT 'new' AS change, first_seen_at AS changed_at, * FROM comments WHERE first_seen_at > since
    UNION ALL
    SELECT 'removed' AS change, removed_at AS changed_at, * FROM comments WHERE removed_at > since
),

final AS (
    SELECT
        changes.change,
        changes.site_name,
        changes.post_url,
        posts.title AS post_title,
        changes.wp_comment_id,
        changes.comment_type,
        changes.author_name,
        strftime(changes.published_at, '%Y-%m-%d %H:%M') AS published,
        changes.body_text
    FROM changes
    LEFT JOIN posts USING (post_url)
    QUALIFY row_number() OVER (PARTITION BY changes.change ORDER BY changes.published_at DESC,
                                                                    changes.wp_comment_id DESC) <= $limit
)

SELECT * FROM final ORDER BY change, published DESC, wp_comment_id DESC;
