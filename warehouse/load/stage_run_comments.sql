-- Stage each run's cleaned comments (clean/comments.jsonl). Grain: one row per comment of each run.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_comments AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'wp_comment_id': 'BIGINT',
    'parent_wp_comment_id': 'BIGINT', 'author_name': 'VARCHAR', 'author_url': 'VARCHAR',
    'published_at': 'TIMESTAMPTZ', 'body_text': 'VARCHAR', 'depth': 'INTEGER', 'comment_type': 'VARCHAR',
    'source': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'content_hash': 'VARCHAR'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
