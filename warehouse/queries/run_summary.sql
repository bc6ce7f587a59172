-- One run's outcome per site. Parameters: $run_id.
SELECT r.site, s.name AS site_name, r.status, r.failed_step, r.error, r.is_complete,
       r.posts_count, r.comments_count, r.comment_forms_count, r.drops_count, r.quarantined_count,
       r.posts_deleted_count, r.comments_removed_count, r.requests_count,
       round(epoch(r.finished_at - r.started_at), 1) AS crawl_seconds,
       -- comments of erased commenters (wparchive forget) the crawl left out before writing anything
       (SELECT count(*) FROM crawl_drops AS d
        WHERE d.run_id = r.run_id AND d.site = r.site AND d.reason = 'erased_on_request') AS erased_suppressed_count
FROM crawl_runs AS r
LEFT JOIN sites AS s USING (site)
WHERE r.run_id = $run_id
ORDER BY s.name, r.site;
