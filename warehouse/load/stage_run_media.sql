-- Stage each run's cleaned media rows (clean/media.jsonl). Grain: one row per post, kind and media URL.
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_media AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'url': 'VARCHAR', 'kind': 'VARCHAR',
    'position': 'INTEGER', 'alt_text': 'VARCHAR', 'caption': 'VARCHAR', 'declared_width': 'INTEGER',
    'declared_height': 'INTEGER', 'fetched_at': 'TIMESTAMPTZ'
});
