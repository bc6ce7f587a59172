-- Report, changes: posts new, deleted or edited since each site's previous successful crawl ended. Edited means
-- its text changed (a new version in `post_versions`, as `audit_changes` tells it, with what changed in `detail`):
-- a new modified time alone, e.g. from closing its comments, is no edit.
-- Parameters: $limit (rows per kind of change). Grain: one row per post and change (post_url, change).
WITH runs AS (
    SELECT site, finished_at,
           row_number() OVER (PARTITION BY site ORDER BY finished_at DESC, run_id DESC) AS run_no
    FROM crawl_runs
    WHERE status = 'succeeded' AND finished_at IS NOT NULL
),

windows AS (
    SELECT site, finished_at AS since FROM runs WHERE run_no = 2
),

posts AS (
    SELECT posts.*, windows.since, sites.name AS site_name
    FROM main.posts AS posts
    JOIN windows USING (site)
    JOIN sites USING (site)
),

edits AS (
    SELECT post_url, changed_at, detail FROM audit_changes WHERE change_kind = 'post_edited'
),

changes AS (
    SELECT 'new' AS change, first_seen_at AS changed_at, NULL AS detail, * FROM posts WHERE first_seen_at > since
    UNION ALL
    SELECT 'deleted' AS change, deleted_at AS changed_at, NULL AS detail, * FROM posts WHERE deleted_at > since
    UNION ALL
    SELECT 'edited' AS change, edits.changed_at, edits.detail, posts.*
    FROM posts
    JOIN edits ON edits.post_url = posts.post_url AND edits.changed_at > posts.since
    WHERE posts.deleted_at IS NULL
),

final AS (
    SELECT
        change,
        site_name,
        post_url,
        title,
        author,
        strftime(published_at, '%Y-%m-%d') AS published,
        strftime(changed_at, '%Y-%m-%d %H:%M') AS changed,
        detail
    FROM changes
    QUALIFY row_number() OVER (PARTITION BY change ORDER BY changed_at DESC, post_url) <= $limit
)

SELECT * FROM final ORDER BY change, changed DESC, post_url;
