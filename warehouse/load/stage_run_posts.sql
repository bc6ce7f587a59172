-- Stage a run's cleaned posts (clean/posts.jsonl) in a temporary table, with explicit columns and types.
-- Grain: one row per post of the run (the cleaning step removed in-run duplicates). Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_posts AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'title': 'VARCHAR', 'author': 'VARCHAR',
    'published_at': 'TIMESTAMPTZ', 'modified_at': 'TIMESTAMPTZ', 'categories': 'VARCHAR[]', 'tags': 'VARCHAR[]',
    'body_text': 'VARCHAR', 'language': 'VARCHAR', 'is_protected': 'BOOLEAN', 'comment_status': 'VARCHAR',
    'comment_count': 'BIGINT', 'source': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'content_hash': 'VARCHAR',
    'sentences': 'VARCHAR[]', 'field_sources': 'MAP(VARCHAR, VARCHAR)'
});
