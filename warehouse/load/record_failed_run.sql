-- Record each staged run (batch_runs) as one that loaded nothing for its site (the crawl or the load failed),
-- keeping its reason. Parameters: $now, $is_interrupted (stopped by a signal).
INSERT OR REPLACE INTO crawl_runs (
    run_id, site, status, failed_step, error, is_complete, finish_reason, started_at, finished_at, loaded_at,
    requests_count, responses_count, run_dir, stats, mode, is_interrupted
)
SELECT run_id, site, 'failed', failed_step, error, false, finish_reason, started_at, finished_at, $now,
       requests_count, responses_count, run_dir, stats, mode, $is_interrupted
FROM batch_runs;
