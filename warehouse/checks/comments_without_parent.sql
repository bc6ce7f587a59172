-- Check: every reply's parent comment is archived (WordPress shows replies only under approved parents).
-- severity: error
-- Failing rows: live replies whose parent is missing.
SELECT c.site, c.wp_comment_id, c.parent_wp_comment_id, c.post_url
FROM comments AS c
LEFT JOIN comments AS parent
  ON parent.site = c.site AND parent.wp_comment_id = c.parent_wp_comment_id
WHERE c.parent_wp_comment_id IS NOT NULL
  AND c.removed_at IS NULL
  AND parent.wp_comment_id IS NULL
