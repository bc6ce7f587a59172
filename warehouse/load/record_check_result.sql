-- Record one check's outcome for a run. Parameters: $run_id, $check_name, $severity, $failing_rows, $sample, $now.
INSERT OR REPLACE INTO check_results (run_id, check_name, severity, failing_rows, sample, checked_at)
VALUES ($run_id, $check_name, $severity, $failing_rows, $sample, $now);
