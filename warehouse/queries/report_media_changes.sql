-- Report, media audit: images added to or removed from posts by the latest crawl of each site (an image replaced
-- by another is one of each). Parameters: $limit. Grain: one row per post, image and change.
WITH latest_runs AS (
    SELECT site, max(run_id) AS run_id FROM crawl_runs WHERE status = 'succeeded' GROUP BY site
)

SELECT sites.name AS site_name, changes.post_url, changes.title, changes.url, changes.change, changes.alt_text
FROM audit_media_changes AS changes
JOIN latest_runs USING (site, run_id)
LEFT JOIN sites USING (site)
ORDER BY changes.change, changes.post_url, changes.url
LIMIT $limit;
