-- Payloads the archive already stores for a site: for each payload digest, its first stored (non-revisit)
-- record. The flow hands these to the next crawl, which writes a revisit instead of storing them again.
-- Grain: one row per payload digest. Parameters: $site.
SELECT payload_digest, url, fetched_at, warc_file, warc_offset, warc_length, record_id
FROM captures
WHERE site = $site
  AND NOT is_revisit
  AND payload_digest IS NOT NULL
  AND payload_length > 0
QUALIFY row_number() OVER (PARTITION BY payload_digest ORDER BY fetched_at, warc_file, warc_offset) = 1
ORDER BY fetched_at, warc_file, warc_offset;
