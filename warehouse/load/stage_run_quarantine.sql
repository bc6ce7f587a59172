-- Stage a run's quarantined records (clean/quarantine.jsonl). Grain: one row per rejected line. Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_quarantine AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'source_file': 'VARCHAR', 'line_no': 'INTEGER', 'reason': 'VARCHAR', 'raw_line': 'VARCHAR'
});
