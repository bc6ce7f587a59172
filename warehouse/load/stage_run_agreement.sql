-- Stage a run's page-vs-REST comparisons (clean/agreement.jsonl). Grain: one row per post. Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_agreement AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'is_title_equal': 'BOOLEAN',
    'is_date_equal': 'BOOLEAN', 'is_author_equal': 'BOOLEAN', 'is_categories_equal': 'BOOLEAN',
    'is_tags_equal': 'BOOLEAN', 'body_f1': 'DOUBLE', 'page_comment_count': 'BIGINT',
    'page_comments_not_in_rest': 'BIGINT', 'page_title': 'VARCHAR', 'rest_title': 'VARCHAR', 'page_author': 'VARCHAR',
    'page_published_at': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ'
});
