-- Stage a run's cleaned media answers (clean/media_fetches.jsonl). Grain: one row per media URL.
-- Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_media_fetches AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'url': 'VARCHAR', 'status': 'INTEGER', 'content_type': 'VARCHAR', 'byte_count': 'BIGINT',
    'width': 'INTEGER', 'height': 'INTEGER', 'is_image': 'BOOLEAN', 'fetched_at': 'TIMESTAMPTZ'
});
