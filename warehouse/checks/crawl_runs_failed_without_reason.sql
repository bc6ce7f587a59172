-- Check: every failed run says why.
-- severity: error
-- Failing rows: failed runs with no error text.
SELECT run_id, site, failed_step
FROM crawl_runs
WHERE status = 'failed' AND coalesce(error, '') = ''
