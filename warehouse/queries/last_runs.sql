-- The most recent runs per site, newest first. Parameters: $limit.
SELECT r.run_id, coalesce(s.name, r.site) AS site, r.status,
       strftime(r.started_at, '%Y-%m-%d %H:%M') AS started,
       r.posts_count AS posts, r.comments_count AS comments, r.comment_forms_count AS forms,
       r.quarantined_count AS quarantined, r.posts_deleted_count AS deleted,
       coalesce(r.failed_step || ': ', '') || coalesce(r.error, '') AS error
FROM crawl_runs AS r
LEFT JOIN sites AS s USING (site)
ORDER BY r.loaded_at DESC, site
LIMIT $limit;
