-- Stage each run's cleaned posts (clean/posts.jsonl) in a temporary table, with explicit columns and types.
-- Grain: one row per post of each run (the cleaning step removed in-run duplicates).
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_posts AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'title': 'VARCHAR', 'author': 'VARCHAR',
    'published_at': 'TIMESTAMPTZ', 'modified_at': 'TIMESTAMPTZ', 'categories': 'VARCHAR[]', 'tags': 'VARCHAR[]',
    'body_text': 'VARCHAR', 'language': 'VARCHAR', 'is_protected': 'BOOLEAN', 'comment_status': 'VARCHAR',
    'comment_count': 'BIGINT', 'source': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'content_hash': 'VARCHAR',
    'sentences': 'VARCHAR[]', 'field_sources': 'MAP(VARCHAR, VARCHAR)'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
