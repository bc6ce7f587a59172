-- After a complete crawl: a comment of this site not seen again is removed when its post was read in this run
-- (or is now deleted) and none of that post's pages failed transiently.
-- Parameters: $site, $is_complete, $started_at, $finished_at.
UPDATE comments AS c
SET removed_at = $finished_at
WHERE $is_complete
  AND c.site = $site
  AND c.removed_at IS NULL
  AND c.last_seen_at < $started_at
  AND NOT EXISTS (SELECT 1 FROM run_comments AS r WHERE r.wp_comment_id = c.wp_comment_id)
  AND (
      EXISTS (SELECT 1 FROM run_posts AS r WHERE r.post_url = c.post_url)
      OR EXISTS (SELECT 1 FROM posts AS p WHERE p.post_url = c.post_url AND p.deleted_at IS NOT NULL)
  )
  AND NOT EXISTS (
      SELECT 1 FROM run_drops AS d
      WHERE starts_with(d.url, c.post_url)
        AND (d.reason = 'download_failed' OR d.reason LIKE 'http\_%' ESCAPE '\' OR d.reason LIKE 'refused\_request\_cap' ESCAPE '\')
  );
