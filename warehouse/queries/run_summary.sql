-- One run's outcome per site, with how many posts were new to the archive and how many changed text (from
-- audit_changes). Parameters: $run_id.
WITH changes AS (
    SELECT site,
           count(*) FILTER (WHERE change_kind = 'post_new') AS posts_new_count,
           count(*) FILTER (WHERE change_kind = 'post_edited') AS posts_changed_count
    FROM audit_changes
    WHERE run_id = $run_id
    GROUP BY site
)

SELECT r.site, s.name AS site_name, r.status, r.failed_step, r.error, r.is_complete,
       r.posts_count, r.comments_count, r.comment_forms_count, r.drops_count, r.quarantined_count,
       r.posts_deleted_count, r.comments_removed_count, r.requests_count,
       round(epoch(r.finished_at - r.started_at), 1) AS crawl_seconds,
       r.mode, coalesce(c.posts_new_count, 0) AS posts_new_count,
       coalesce(c.posts_changed_count, 0) AS posts_changed_count,
       -- comments of erased commenters (wparchive forget) the crawl left out before writing anything
       (SELECT count(*) FROM crawl_drops AS d
        WHERE d.run_id = r.run_id AND d.site = r.site AND d.reason = 'erased_on_request') AS erased_suppressed_count
FROM crawl_runs AS r
LEFT JOIN sites AS s USING (site)
LEFT JOIN changes AS c USING (site)
WHERE r.run_id = $run_id
ORDER BY s.name, r.site;
