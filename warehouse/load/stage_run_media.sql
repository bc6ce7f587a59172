-- Stage each run's cleaned media rows (clean/media.jsonl). Grain: one row per post, kind and media URL.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_media AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'url': 'VARCHAR', 'kind': 'VARCHAR',
    'position': 'INTEGER', 'alt_text': 'VARCHAR', 'caption': 'VARCHAR', 'declared_width': 'INTEGER',
    'declared_height': 'INTEGER', 'fetched_at': 'TIMESTAMPTZ'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
