-- Record a run that loaded nothing for this site (the crawl or the load failed), keeping its reason.
-- Parameters: $run_id, $site, $failed_step, $error, $finish_reason, $started_at, $finished_at, $now,
-- $requests_count, $responses_count, $run_dir, $stats, $mode, $is_interrupted (stopped by a signal).
INSERT OR REPLACE INTO crawl_runs (
    run_id, site, status, failed_step, error, is_complete, finish_reason, started_at, finished_at, loaded_at,
    requests_count, responses_count, run_dir, stats, mode, is_interrupted
)
VALUES ($run_id, $site, 'failed', $failed_step, $error, false, $finish_reason, $started_at, $finished_at, $now,
        $requests_count, $responses_count, $run_dir, $stats, $mode, $is_interrupted);
