-- Stage each run's archive index (clean/captures.jsonl, rebuilt from the WARC files by the cleaning step).
-- Grain: one row per captured response.
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_captures AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'url': 'VARCHAR', 'method': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'status': 'INTEGER',
    'warc_file': 'VARCHAR', 'warc_offset': 'BIGINT', 'warc_length': 'BIGINT', 'record_id': 'VARCHAR',
    'payload_digest': 'VARCHAR', 'payload_length': 'BIGINT', 'content_type': 'VARCHAR',
    'content_encoding': 'VARCHAR', 'is_revisit': 'BOOLEAN', 'refers_to_url': 'VARCHAR',
    'refers_to_fetched_at': 'TIMESTAMPTZ', 'refers_to_record_id': 'VARCHAR', 'refers_to_warc_file': 'VARCHAR',
    'refers_to_warc_offset': 'BIGINT', 'refers_to_warc_length': 'BIGINT'
});
