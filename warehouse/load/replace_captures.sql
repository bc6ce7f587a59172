-- Replace the captures of each run in the batch (delete + insert keeps a reload a no-op).
DELETE FROM captures AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO captures (
    site, run_id, url, method, fetched_at, status, warc_file, warc_offset, warc_length, record_id, payload_digest,
    payload_length, content_type, content_encoding, is_revisit, refers_to_url, refers_to_fetched_at,
    refers_to_record_id, refers_to_warc_file, refers_to_warc_offset, refers_to_warc_length
)
SELECT b.site, b.run_id, url, coalesce(method, 'GET'), fetched_at, r.status, warc_file, warc_offset, warc_length,
       record_id, payload_digest, payload_length, content_type, content_encoding, coalesce(is_revisit, false),
       refers_to_url, refers_to_fetched_at, refers_to_record_id, refers_to_warc_file, refers_to_warc_offset,
       refers_to_warc_length
FROM run_captures AS r JOIN batch_runs AS b USING (run_no);
