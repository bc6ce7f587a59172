-- Stage each run's discovered posts (clean/discovered.jsonl). Grain: one row per discovered post URL.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_discovered AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'sources': 'VARCHAR[]', 'is_planned': 'BOOLEAN'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
