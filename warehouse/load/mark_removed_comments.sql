-- Mark removed the comments of its site that each run of the batch shows to be gone:
--   * on a post the run marked deleted (run_deleted_posts): they went with it (removed_at = its deleted_at), in
--     any mode, complete or not;
--   * on a post the run read, when the crawl did all it set out to do (is_complete with both times known, full or
--     incremental mode: every post read comes with all its comments): those not seen again, unless a page of that
--     post failed transiently (download error, comment page failed, HTTP error, request cap) — then we don't know
--     this time.
-- Grain of run_removed_comments: one row per comment (site, wp_comment_id), with the run that removed it.
CREATE OR REPLACE TEMP TABLE run_removed_comments AS
SELECT b.run_no, b.run_id, c.site, c.wp_comment_id, coalesce(gone_post.deleted_at, b.finished_at) AS removed_at
FROM comments AS c
JOIN batch_runs AS b ON b.site = c.site
LEFT JOIN run_deleted_posts AS gone_post ON gone_post.run_no = b.run_no AND gone_post.post_url = c.post_url
WHERE c.removed_at IS NULL
  -- erased (wparchive forget): later crawls leave the comment out on purpose, it is not gone from the blog
  AND NOT EXISTS (SELECT 1 FROM erased_comments AS e WHERE e.site = c.site AND e.wp_comment_id = c.wp_comment_id)
  AND NOT EXISTS (SELECT 1 FROM run_comments AS r WHERE r.run_no = b.run_no AND r.wp_comment_id = c.wp_comment_id)
  -- a line of the run that cleaning quarantined for this comment (an unreadable field) says it is still there
  AND NOT EXISTS (
      SELECT 1 FROM run_quarantine AS q
      WHERE q.run_no = b.run_no AND q.source_file = 'comments.jsonl'
        AND regexp_matches(q.raw_line, '"wp_comment_id":\s*' || c.wp_comment_id || '[,}\s]')
  )
  AND (
      c.last_seen_at < gone_post.deleted_at
      OR (
          b.is_complete
          AND c.last_seen_at < b.started_at
          AND b.finished_at IS NOT NULL
          AND EXISTS (SELECT 1 FROM run_posts AS r WHERE r.run_no = b.run_no AND r.post_url = c.post_url)
          AND NOT EXISTS (
              SELECT 1 FROM run_drops AS d
              WHERE d.run_no = b.run_no
                AND (starts_with(d.url, c.post_url) OR d.detail = c.post_url)
                AND (d.reason IN ('download_failed', 'comment_page_failed', 'refused_request_cap', 'redirect_loop',
                                  'too_many_redirects', 'truncated_body', 'unreadable_page', 'extract_failed')
                     OR d.reason LIKE 'http\_%' ESCAPE '\')
          )
      )
  );

UPDATE comments AS c
SET removed_at = gone.removed_at,
    removed_run_id = gone.run_id
FROM run_removed_comments AS gone
WHERE c.site = gone.site
  AND c.wp_comment_id = gone.wp_comment_id;
