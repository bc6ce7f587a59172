-- After a complete crawl: a post of this site that the crawl did not see is deleted, unless fetching it failed
-- for a transient reason (download error, HTTP 5xx, request cap) — then we simply don't know this time.
-- Parameters: $site, $is_complete, $started_at, $finished_at.
UPDATE posts AS p
SET deleted_at = $finished_at
WHERE $is_complete
  AND p.site = $site
  AND p.deleted_at IS NULL
  AND p.last_seen_at < $started_at
  AND NOT EXISTS (SELECT 1 FROM run_posts AS r WHERE r.post_url = p.post_url)
  AND NOT EXISTS (
      SELECT 1 FROM run_drops AS d
      WHERE d.url = p.post_url
        AND (d.reason = 'download_failed' OR d.reason LIKE 'http\_%' ESCAPE '\' OR d.reason LIKE 'refused\_request\_cap' ESCAPE '\')
  );
