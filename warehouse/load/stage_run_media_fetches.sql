-- Stage each run's cleaned media answers (clean/media_fetches.jsonl). Grain: one row per media URL.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_media_fetches AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'url': 'VARCHAR', 'status': 'INTEGER', 'content_type': 'VARCHAR', 'byte_count': 'BIGINT',
    'width': 'INTEGER', 'height': 'INTEGER', 'is_image': 'BOOLEAN', 'fetched_at': 'TIMESTAMPTZ'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
