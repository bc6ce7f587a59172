-- Stage a run's discovered posts (clean/discovered.jsonl). Grain: one row per discovered post URL. Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_discovered AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'sources': 'VARCHAR[]', 'is_planned': 'BOOLEAN'
});
