-- Report, crawl health: the data checks of the latest checked run, failing ones first.
-- Grain: one row per check (check_name).
SELECT run_id, strftime(checked_at, '%Y-%m-%d %H:%M') AS checked, check_name, severity, failing_rows
FROM check_results
WHERE run_id = (SELECT run_id FROM check_results ORDER BY checked_at DESC, run_id DESC LIMIT 1)
ORDER BY failing_rows = 0, severity, check_name;
