-- Replace the page-vs-REST comparisons of each run in the batch.
DELETE FROM post_agreement AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO post_agreement (
    run_id, site, post_url, wp_post_id, is_title_equal, is_date_equal, is_author_equal, is_categories_equal,
    is_tags_equal, body_f1, page_comment_count, page_comments_not_in_rest, page_title, rest_title, page_author,
    page_published_at, fetched_at
)
SELECT b.run_id, b.site, post_url, wp_post_id, is_title_equal, is_date_equal, is_author_equal, is_categories_equal,
       is_tags_equal, body_f1, page_comment_count, page_comments_not_in_rest, page_title, rest_title, page_author,
       page_published_at, fetched_at
FROM run_agreement AS r JOIN batch_runs AS b USING (run_no);
