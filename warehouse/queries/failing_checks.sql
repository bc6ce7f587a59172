-- Checks that failed in the latest checked run.
SELECT run_id, check_name, severity, failing_rows, sample
FROM check_results
WHERE run_id = (SELECT run_id FROM check_results ORDER BY checked_at DESC LIMIT 1)
  AND failing_rows > 0
ORDER BY severity, check_name;
