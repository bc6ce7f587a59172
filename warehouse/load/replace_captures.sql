-- Replace this run's captures for this site (delete + insert keeps a reload a no-op). Parameters: $run_id, $site.
DELETE FROM captures WHERE run_id = $run_id AND site = $site;
INSERT INTO captures (
    site, run_id, url, method, fetched_at, status, warc_file, warc_offset, warc_length, record_id, payload_digest,
    payload_length, content_type, content_encoding, is_revisit, refers_to_url, refers_to_fetched_at,
    refers_to_record_id, refers_to_warc_file, refers_to_warc_offset, refers_to_warc_length
)
SELECT $site, $run_id, url, coalesce(method, 'GET'), fetched_at, status, warc_file, warc_offset, warc_length,
       record_id, payload_digest, payload_length, content_type, content_encoding, coalesce(is_revisit, false),
       refers_to_url, refers_to_fetched_at, refers_to_record_id, refers_to_warc_file, refers_to_warc_offset,
       refers_to_warc_length
FROM run_captures;
