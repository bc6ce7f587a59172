-- Stage each run's quarantined records (clean/quarantine.jsonl). Grain: one row per rejected line.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_quarantine AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'source_file': 'VARCHAR', 'line_no': 'INTEGER', 'reason': 'VARCHAR', 'raw_line': 'VARCHAR'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
