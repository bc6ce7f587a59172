-- The archived response for a URL as it was at a moment: its latest capture at or before $as_of (any site).
-- Grain: at most one row. Parameters: $urls (the URL as given and its normalised spelling), $as_of.
SELECT url, fetched_at, status, warc_file, warc_offset, warc_length, is_revisit, content_type, content_encoding,
       run_id, site
FROM captures
WHERE list_contains($urls, url)
  AND fetched_at <= $as_of
ORDER BY fetched_at DESC, warc_offset DESC
LIMIT 1;
