-- The comments one erasure key names: by the name shown (exact), by comment id, or every comment with an author URL
-- (erase.py keeps those whose URL is the given one, compared as crawler/erasure.py normalises URLs).
-- Parameters: $kind ('name' | 'comment_id' | 'url'), $value. Grain: one row per comment (site, wp_comment_id).
SELECT site, wp_comment_id, post_url, author_name, author_url, body_text
FROM comments AS c
WHERE NOT EXISTS (SELECT 1 FROM erased_comments AS e WHERE e.site = c.site AND e.wp_comment_id = c.wp_comment_id)
  AND CASE $kind
          WHEN 'name' THEN author_name = $value
          WHEN 'comment_id' THEN wp_comment_id = TRY_CAST($value AS BIGINT)
          WHEN 'url' THEN author_url IS NOT NULL
          ELSE false
      END
ORDER BY site, wp_comment_id;
