-- Replace this run's page-vs-REST comparisons for this site. Parameters: $run_id, $site.
DELETE FROM post_agreement WHERE run_id = $run_id AND site = $site;
INSERT INTO post_agreement (
    run_id, site, post_url, wp_post_id, is_title_equal, is_date_equal, is_author_equal, is_categories_equal,
    is_tags_equal, body_f1, page_comment_count, page_comments_not_in_rest, page_title, rest_title, page_author,
    page_published_at, fetched_at
)
SELECT $run_id, $site, post_url, wp_post_id, is_title_equal, is_date_equal, is_author_equal, is_categories_equal,
       is_tags_equal, body_f1, page_comment_count, page_comments_not_in_rest, page_title, rest_title, page_author,
       page_published_at, fetched_at
FROM run_agreement;
