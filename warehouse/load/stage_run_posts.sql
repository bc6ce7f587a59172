-- Stage each run's cleaned posts (clean/posts.jsonl) in a temporary table, with explicit columns and types.
-- Grain: one row per post of each run (the cleaning step removed in-run duplicates).
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_posts AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'title': 'VARCHAR', 'author': 'VARCHAR',
    'published_at': 'TIMESTAMPTZ', 'modified_at': 'TIMESTAMPTZ', 'categories': 'VARCHAR[]', 'tags': 'VARCHAR[]',
    'body_text': 'VARCHAR', 'language': 'VARCHAR', 'is_protected': 'BOOLEAN', 'comment_status': 'VARCHAR',
    'comment_count': 'BIGINT', 'source': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'content_hash': 'VARCHAR',
    'sentences': 'VARCHAR[]', 'field_sources': 'MAP(VARCHAR, VARCHAR)'
});
