-- Stage each run's page-vs-REST comparisons (clean/agreement.jsonl). Grain: one row per post.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_agreement AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'is_title_equal': 'BOOLEAN',
    'is_date_equal': 'BOOLEAN', 'is_author_equal': 'BOOLEAN', 'is_categories_equal': 'BOOLEAN',
    'is_tags_equal': 'BOOLEAN', 'body_f1': 'DOUBLE', 'page_comment_count': 'BIGINT',
    'page_comments_not_in_rest': 'BIGINT', 'page_title': 'VARCHAR', 'rest_title': 'VARCHAR', 'page_author': 'VARCHAR',
    'page_published_at': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
