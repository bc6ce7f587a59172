-- Record each staged run's outcome for its site (same transaction as its data). Counts come from the staged
-- tables, per run. Parameters: $now.
INSERT OR REPLACE INTO crawl_runs (
    run_id, site, status, failed_step, error, is_complete, finish_reason, started_at, finished_at, loaded_at,
    requests_count, responses_count, posts_count, comments_count, comment_forms_count, drops_count,
    quarantined_count, posts_deleted_count, comments_removed_count, run_dir, stats, mode
)
SELECT b.run_id, b.site, b.status, b.failed_step, b.error, b.is_complete, b.finish_reason, b.started_at,
       b.finished_at, $now, b.requests_count, b.responses_count,
       (SELECT count(*) FROM run_posts AS r WHERE r.run_no = b.run_no),
       (SELECT count(*) FROM run_comments AS r WHERE r.run_no = b.run_no),
       (SELECT count(*) FROM run_comment_forms AS r WHERE r.run_no = b.run_no),
       (SELECT count(*) FROM run_drops AS r WHERE r.run_no = b.run_no),
       (SELECT count(*) FROM run_quarantine AS r WHERE r.run_no = b.run_no),
       (SELECT count(*) FROM run_deleted_posts AS r WHERE r.run_no = b.run_no),
       (SELECT count(*) FROM run_removed_comments AS r WHERE r.run_no = b.run_no),
       b.run_dir, b.stats, b.mode
FROM batch_runs AS b;
