-- Stage a run's cleaned media rows (clean/media.jsonl). Grain: one row per post, kind and media URL.
-- Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_media AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'url': 'VARCHAR', 'kind': 'VARCHAR',
    'position': 'INTEGER', 'alt_text': 'VARCHAR', 'caption': 'VARCHAR', 'declared_width': 'INTEGER',
    'declared_height': 'INTEGER', 'fetched_at': 'TIMESTAMPTZ'
});
