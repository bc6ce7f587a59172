-- The most recent runs per site, newest first, narrow enough for an 80-column terminal: the start time (UTC, to
-- the minute), the site's name, full or incremental (an incremental run's posts are only those it re-read), the
-- outcome (interrupted: stopped by a signal), what it loaded, marked deleted and quarantined, and why it failed.
-- Parameters: $limit.
SELECT strftime(r.started_at, '%m-%d %H:%M') AS started,
       coalesce(s.name, r.site) AS site,
       CASE r.mode WHEN 'incremental' THEN 'incr.' ELSE r.mode END AS mode,
       -- partial: succeeded, but pages or listings were not read (nothing it missed counts as deleted)
       CASE WHEN r.is_interrupted THEN 'interrupted'
            WHEN r.status = 'succeeded' AND NOT r.is_complete THEN 'partial' ELSE r.status END AS status,
       r.posts_count AS posts, r.comments_count AS comments, r.posts_deleted_count AS deleted,
       r.quarantined_count AS quarantined,
       r.run_id,
       coalesce(r.failed_step || ': ', '') || coalesce(r.error, '') AS error
FROM crawl_runs AS r
LEFT JOIN sites AS s USING (site)
ORDER BY r.loaded_at DESC, site
LIMIT $limit;
