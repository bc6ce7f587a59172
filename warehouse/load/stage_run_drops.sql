-- Stage each run's drops (clean/drops.jsonl). Grain: one row per line of the crawler's drops.jsonl.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_drops AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'line_no': 'INTEGER', 'url': 'VARCHAR', 'reason': 'VARCHAR', 'detail': 'VARCHAR', 'error': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
