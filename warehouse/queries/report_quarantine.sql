-- Report, crawl health: why records were quarantined, latest runs first. Parameters: $limit.
-- Grain: one row per site, run, file and reason (site, run_id, source_file, reason).
SELECT
    coalesce(sites.name, quarantine.site) AS site_name,
    quarantine.run_id,
    quarantine.source_file,
    quarantine.reason,
    count(*) AS records_count
FROM quarantine
LEFT JOIN sites USING (site)
GROUP BY ALL
ORDER BY quarantine.run_id DESC, records_count DESC, quarantine.reason
LIMIT $limit;
