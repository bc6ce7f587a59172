-- Report, crawl health: why pages or requests were dropped in each site's latest run, most frequent first.
-- Grain: one row per site and reason (site, reason).
WITH latest_run AS (
    SELECT site, run_id
    FROM crawl_runs
    QUALIFY row_number() OVER (PARTITION BY site ORDER BY loaded_at DESC, run_id DESC) = 1
)

SELECT
    coalesce(sites.name, drops.site) AS site_name,
    drops.run_id,
    drops.reason,
    count(*) AS drops_count,
    min(drops.url) AS example_url
FROM crawl_drops AS drops
JOIN latest_run USING (site, run_id)
LEFT JOIN sites USING (site)
GROUP BY ALL
ORDER BY site_name, drops_count DESC, reason;
