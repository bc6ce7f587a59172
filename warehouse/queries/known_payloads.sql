-- Payloads the archive already stores for each of some sites: for each site and payload digest, its first stored
-- (non-revisit) record. The flow hands these to the next crawl, which writes a revisit instead of storing them
-- again. One query for every site of a night (a query per site cost ~2 ms each).
-- Grain: one row per site and payload digest. Parameters: $sites (a list of site URLs).
SELECT site, payload_digest, url, fetched_at, warc_file, warc_offset, warc_length, record_id
FROM captures
WHERE site IN (SELECT unnest($sites::VARCHAR[]))
  AND NOT is_revisit
  AND payload_digest IS NOT NULL
  AND payload_length > 0
QUALIFY row_number() OVER (PARTITION BY site, payload_digest ORDER BY fetched_at, warc_file, warc_offset) = 1
ORDER BY site, fetched_at, warc_file, warc_offset;
