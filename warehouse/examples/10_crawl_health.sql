-- The last ten runs: status, what each loaded, deleted or removed, and why pages were dropped.
WITH drops AS (
    SELECT run_id, site, string_agg(reason || ' × ' || drops_count, ', ' ORDER BY drops_count DESC) AS drops
    FROM (SELECT run_id, site, reason, count(*) AS drops_count FROM crawl_drops GROUP BY ALL)
    GROUP BY ALL
)

SELECT
    runs.run_id,
    sites.name AS site,
    runs.status,
    runs.error,
    runs.posts_count,
    runs.comments_count,
    runs.posts_deleted_count,
    runs.comments_removed_count,
    runs.quarantined_count,
    drops.drops
FROM crawl_runs AS runs
JOIN sites USING (site)
LEFT JOIN drops USING (run_id, site)
ORDER BY runs.loaded_at DESC
LIMIT 10;
