-- Check: every comment belongs to an archived post (orphans mean a post was lost or mis-keyed).
-- severity: error
-- Failing rows: the orphaned comments.
SELECT c.site, c.wp_comment_id, c.post_url
FROM comments AS c
LEFT JOIN posts AS p ON p.post_url = c.post_url
WHERE p.post_url IS NULL
