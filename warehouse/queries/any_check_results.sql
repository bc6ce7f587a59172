-- Whether any check has been recorded yet.
SELECT 1 FROM check_results LIMIT 1;
