-- Check: no comment text of a password-protected post is archived (WordPress hides them from visitors).
-- severity: error
-- Failing rows: live comments on live protected posts.
SELECT c.site, c.wp_comment_id, c.post_url
FROM comments AS c
JOIN posts AS p ON p.post_url = c.post_url
WHERE p.is_protected AND p.deleted_at IS NULL AND c.removed_at IS NULL
