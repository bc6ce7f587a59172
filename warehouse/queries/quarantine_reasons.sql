-- Why records were quarantined, per site and file, most frequent first. Parameters: $limit.
SELECT site, source_file, reason, count(*) AS records, max(run_id) AS last_run_id
FROM quarantine
GROUP BY ALL
ORDER BY records DESC
LIMIT $limit;
