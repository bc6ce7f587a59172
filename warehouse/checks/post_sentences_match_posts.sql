-- Check: every live post with text has sentences split from its current text.
-- severity: error
-- Failing rows: live posts with body text but no sentences for their content hash.
SELECT p.site, p.post_url
FROM posts AS p
WHERE p.deleted_at IS NULL
  AND coalesce(p.body_text, '') <> ''
  AND NOT EXISTS (
      SELECT 1 FROM post_sentences AS s WHERE s.post_url = p.post_url AND s.content_hash = p.content_hash
  )
