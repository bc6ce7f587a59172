-- Stage a run's cleaned comments (clean/comments.jsonl). Grain: one row per comment of the run. Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_comments AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'wp_comment_id': 'BIGINT',
    'parent_wp_comment_id': 'BIGINT', 'author_name': 'VARCHAR', 'author_url': 'VARCHAR',
    'published_at': 'TIMESTAMPTZ', 'body_text': 'VARCHAR', 'depth': 'INTEGER', 'comment_type': 'VARCHAR',
    'source': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'content_hash': 'VARCHAR'
});
