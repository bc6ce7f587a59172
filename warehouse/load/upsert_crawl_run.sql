-- Record each staged run's outcome for its site (same transaction as its data). Counts come from the staged
-- tables, per run. Parameters: $now.
INSERT OR REPLACE INTO crawl_runs (
    run_id, site, status, failed_step, error, is_complete, finish_reason, started_at, finished_at, loaded_at,
    requests_count, responses_count, posts_count, comments_count, comment_forms_count, drops_count,
    quarantined_count, posts_deleted_count, comments_removed_count, run_dir, stats, mode
)
WITH staged AS (
    SELECT run_no, 'posts' AS kind FROM run_posts
    UNION ALL SELECT run_no, 'comments' FROM run_comments
    UNION ALL SELECT run_no, 'comment_forms' FROM run_comment_forms
    UNION ALL SELECT run_no, 'drops' FROM run_drops
    UNION ALL SELECT run_no, 'quarantine' FROM run_quarantine
    UNION ALL SELECT run_no, 'deleted_posts' FROM run_deleted_posts
    UNION ALL SELECT run_no, 'removed_comments' FROM run_removed_comments
),

counts AS (
    SELECT run_no,
           count(*) FILTER (WHERE kind = 'posts') AS posts_count,
           count(*) FILTER (WHERE kind = 'comments') AS comments_count,
           count(*) FILTER (WHERE kind = 'comment_forms') AS comment_forms_count,
           count(*) FILTER (WHERE kind = 'drops') AS drops_count,
           count(*) FILTER (WHERE kind = 'quarantine') AS quarantined_count,
           count(*) FILTER (WHERE kind = 'deleted_posts') AS posts_deleted_count,
           count(*) FILTER (WHERE kind = 'removed_comments') AS comments_removed_count
    FROM staged
    GROUP BY run_no
)

SELECT b.run_id, b.site, b.status, b.failed_step, b.error, b.is_complete, b.finish_reason, b.started_at,
       b.finished_at, $now, b.requests_count, b.responses_count, coalesce(c.posts_count, 0),
       coalesce(c.comments_count, 0), coalesce(c.comment_forms_count, 0), coalesce(c.drops_count, 0),
       coalesce(c.quarantined_count, 0), coalesce(c.posts_deleted_count, 0), coalesce(c.comments_removed_count, 0),
       b.run_dir, b.stats, b.mode
FROM batch_runs AS b
LEFT JOIN counts AS c ON c.run_no = b.run_no;
