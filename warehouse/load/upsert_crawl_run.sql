-- Record the run's outcome for this site (same transaction as its data). Counts come from the staged tables.
-- Parameters: $run_id, $site, $status, $failed_step, $error, $is_complete, $finish_reason, $started_at,
-- $finished_at, $now, $requests_count, $responses_count, $posts_deleted_count, $comments_removed_count,
-- $run_dir, $stats, $mode.
INSERT OR REPLACE INTO crawl_runs (
    run_id, site, status, failed_step, error, is_complete, finish_reason, started_at, finished_at, loaded_at,
    requests_count, responses_count, posts_count, comments_count, comment_forms_count, drops_count,
    quarantined_count, posts_deleted_count, comments_removed_count, run_dir, stats, mode
)
SELECT $run_id, $site, $status, $failed_step, $error, $is_complete, $finish_reason, $started_at, $finished_at, $now,
       $requests_count, $responses_count,
       (SELECT count(*) FROM run_posts),
       (SELECT count(*) FROM run_comments),
       (SELECT count(*) FROM run_comment_forms),
       (SELECT count(*) FROM run_drops),
       (SELECT count(*) FROM run_quarantine),
       $posts_deleted_count, $comments_removed_count, $run_dir, $stats, $mode;
