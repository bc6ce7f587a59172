-- Stage each run's quarantined records (clean/quarantine.jsonl). Grain: one row per rejected line.
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_quarantine AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'source_file': 'VARCHAR', 'line_no': 'INTEGER', 'reason': 'VARCHAR', 'raw_line': 'VARCHAR'
});
