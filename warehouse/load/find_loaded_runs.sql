-- Which of the given runs are loaded already: recorded, and not failed at a step a retry re-runs (a run whose
-- crawl failed was loaded with what it had). Parameters: $runs, a list of {run_id, site} structs.
SELECT asked.run_id, asked.site
FROM (SELECT unnest($runs, recursive := true)) AS asked
JOIN crawl_runs AS c ON c.run_id = asked.run_id AND c.site = asked.site
WHERE c.failed_step IS NULL OR c.failed_step NOT IN ('clean', 'load');
