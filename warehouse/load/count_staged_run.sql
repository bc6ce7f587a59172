-- Rows staged for this run: posts, comments, comment forms, quarantined records.
SELECT (SELECT count(*) FROM run_posts),
       (SELECT count(*) FROM run_comments),
       (SELECT count(*) FROM run_comment_forms),
       (SELECT count(*) FROM run_quarantine);
