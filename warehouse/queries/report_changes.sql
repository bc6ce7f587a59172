-- Report, changes: per site, its latest and previous successful crawls and what changed between them.
-- Grain: one row per site (site); previous_run_id is NULL after a site's first crawl (everything is new).
WITH runs AS (
    SELECT site, run_id, finished_at,
           row_number() OVER (PARTITION BY site ORDER BY finished_at DESC, run_id DESC) AS run_no
    FROM crawl_runs
    WHERE status = 'succeeded' AND finished_at IS NOT NULL
),

windows AS (
    SELECT sites.site, sites.name AS site_name, latest.run_id AS latest_run_id, previous.run_id AS previous_run_id,
           latest.finished_at AS latest_finished_at, previous.finished_at AS since
    FROM sites
    LEFT JOIN runs AS latest ON latest.site = sites.site AND latest.run_no = 1
    LEFT JOIN runs AS previous ON previous.site = sites.site AND previous.run_no = 2
),

final AS (
    SELECT
        windows.site,
        windows.site_name,
        windows.latest_run_id,
        windows.previous_run_id,
        strftime(windows.latest_finished_at, '%Y-%m-%d %H:%M') AS latest_finished,
        strftime(windows.since, '%Y-%m-%d %H:%M') AS since,
        (SELECT count(*) FROM posts AS p WHERE p.site = windows.site AND p.first_seen_at > windows.since)
            AS new_posts_count,
        (SELECT count(*) FROM posts AS p WHERE p.site = windows.site AND p.deleted_at > windows.since)
            AS deleted_posts_count,
        -- Edited: the text changed (a version that follows one closed as 'edited': audit_changes' post_edited),
        -- not merely the modified time (closing comments bumps it).
        (SELECT count(DISTINCT v.post_url)
         FROM post_versions AS v
         JOIN post_versions AS before
           ON before.post_url = v.post_url AND before.version_no = v.version_no - 1 AND before.closed_reason = 'edited'
         JOIN posts AS p ON p.post_url = v.post_url
         WHERE v.site = windows.site AND v.valid_from > windows.since AND p.deleted_at IS NULL) AS edited_posts_count,
        (SELECT count(*) FROM comments AS c WHERE c.site = windows.site AND c.first_seen_at > windows.since)
            AS new_comments_count,
        (SELECT count(*) FROM comments AS c WHERE c.site = windows.site AND c.removed_at > windows.since)
            AS removed_comments_count
    FROM windows
)

SELECT * FROM final ORDER BY site_name;
