-- Stage a run's drops (clean/drops.jsonl). Grain: one row per line of the crawler's drops.jsonl. Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_drops AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'line_no': 'INTEGER', 'url': 'VARCHAR', 'reason': 'VARCHAR', 'detail': 'VARCHAR', 'error': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ'
});
