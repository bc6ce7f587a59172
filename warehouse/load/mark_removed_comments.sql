-- Mark removed the comments of this site that this run shows to be gone:
--   * on a post this run marked deleted (run_deleted_posts): they went with it (removed_at = its deleted_at), in
--     any mode, complete or not;
--   * on a post this run read, when the crawl did all it set out to do ($is_complete, full or incremental mode:
--     every post read comes with all its comments): those not seen again, unless a page of that post failed
--     transiently (download error, comment page failed, HTTP error, request cap) — then we don't know this time.
-- Parameters: $site, $run_id, $is_complete, $started_at, $finished_at.
UPDATE comments AS c
SET removed_at = coalesce((SELECT d.deleted_at FROM run_deleted_posts AS d WHERE d.post_url = c.post_url),
                          $finished_at),
    removed_run_id = $run_id
WHERE c.site = $site
  AND c.removed_at IS NULL
  -- erased (wparchive forget): later crawls leave the comment out on purpose, it is not gone from the blog
  AND NOT EXISTS (SELECT 1 FROM erased_comments AS e WHERE e.site = c.site AND e.wp_comment_id = c.wp_comment_id)
  AND NOT EXISTS (SELECT 1 FROM run_comments AS r WHERE r.wp_comment_id = c.wp_comment_id)
  AND (
      EXISTS (SELECT 1 FROM run_deleted_posts AS d WHERE d.post_url = c.post_url AND c.last_seen_at < d.deleted_at)
      OR (
          $is_complete
          AND c.last_seen_at < $started_at
          AND $finished_at IS NOT NULL
          AND EXISTS (SELECT 1 FROM run_posts AS r WHERE r.post_url = c.post_url)
          AND NOT EXISTS (
              SELECT 1 FROM run_drops AS d
              WHERE (starts_with(d.url, c.post_url) OR d.detail = c.post_url)
                AND (d.reason IN ('download_failed', 'comment_page_failed', 'refused_request_cap', 'redirect_loop',
                                  'too_many_redirects', 'truncated_body', 'unreadable_page', 'extract_failed')
                     OR d.reason LIKE 'http\_%' ESCAPE '\')
          )
      )
  );
