-- Point the captures index at the rewritten WARC records: new offsets, lengths and (for redacted payloads) digests,
-- matched by file and record id (a rewrite keeps every record's id). Parameters: $captures_json (a JSONL file of
-- captures as crawler.archive.capture_row writes them, for the rewritten files).
-- Grain of the change: one captures row per rewritten record.
UPDATE captures AS c
SET warc_offset = n.warc_offset, warc_length = n.warc_length, payload_digest = n.payload_digest,
    payload_length = n.payload_length, refers_to_warc_offset = n.refers_to_warc_offset,
    refers_to_warc_length = n.refers_to_warc_length
FROM read_json($captures_json, format = 'newline_delimited', columns = {
    'warc_file': 'VARCHAR', 'record_id': 'VARCHAR', 'warc_offset': 'BIGINT', 'warc_length': 'BIGINT',
    'payload_digest': 'VARCHAR', 'payload_length': 'BIGINT', 'refers_to_warc_offset': 'BIGINT',
    'refers_to_warc_length': 'BIGINT'}) AS n
WHERE c.warc_file = n.warc_file AND c.record_id = n.record_id;
