-- Report, crawl health: the most recent runs, newest first. Parameters: $limit.
-- Grain: one row per run and site (run_id, site).
SELECT
    runs.run_id,
    coalesce(sites.name, runs.site) AS site_name,
    runs.status,
    runs.failed_step,
    runs.error,
    runs.is_complete,
    strftime(runs.started_at, '%Y-%m-%d %H:%M') AS started,
    date_diff('second', runs.started_at, runs.finished_at) AS duration_seconds,
    runs.requests_count,
    runs.posts_count,
    runs.comments_count,
    runs.drops_count,
    runs.quarantined_count,
    runs.posts_deleted_count,
    runs.comments_removed_count
FROM crawl_runs AS runs
LEFT JOIN sites USING (site)
ORDER BY runs.loaded_at DESC, site_name
LIMIT $limit;
