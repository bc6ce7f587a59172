-- Stage each run's archive index (clean/captures.jsonl, rebuilt from the WARC files by the cleaning step).
-- Grain: one row per captured response.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_captures AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'url': 'VARCHAR', 'method': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'status': 'INTEGER',
    'warc_file': 'VARCHAR', 'warc_offset': 'BIGINT', 'warc_length': 'BIGINT', 'record_id': 'VARCHAR',
    'payload_digest': 'VARCHAR', 'payload_length': 'BIGINT', 'content_type': 'VARCHAR',
    'content_encoding': 'VARCHAR', 'is_revisit': 'BOOLEAN', 'refers_to_url': 'VARCHAR',
    'refers_to_fetched_at': 'TIMESTAMPTZ', 'refers_to_record_id': 'VARCHAR', 'refers_to_warc_file': 'VARCHAR',
    'refers_to_warc_offset': 'BIGINT', 'refers_to_warc_length': 'BIGINT'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
