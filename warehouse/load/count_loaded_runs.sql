-- What the load recorded for each run of the batch (crawl_runs), by its place in the batch (run_no).
SELECT b.run_no, c.posts_count, c.comments_count, c.comment_forms_count, c.quarantined_count, c.posts_deleted_count,
       c.comments_removed_count
FROM batch_runs AS b
JOIN crawl_runs AS c ON c.run_id = b.run_id AND c.site = b.site
ORDER BY b.run_no;
