-- Stage each run's page-vs-REST comparisons (clean/agreement.jsonl). Grain: one row per post.
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_agreement AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'is_title_equal': 'BOOLEAN',
    'is_date_equal': 'BOOLEAN', 'is_author_equal': 'BOOLEAN', 'is_categories_equal': 'BOOLEAN',
    'is_tags_equal': 'BOOLEAN', 'body_f1': 'DOUBLE', 'page_comment_count': 'BIGINT',
    'page_comments_not_in_rest': 'BIGINT', 'page_title': 'VARCHAR', 'rest_title': 'VARCHAR', 'page_author': 'VARCHAR',
    'page_published_at': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ'
});
