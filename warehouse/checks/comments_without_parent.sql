-- Check: every reply's parent comment is archived. A reply whose parent is not public (pending, spam, trashed:
-- anonymous REST never lists it) is archived anyway with its parent id and has_hidden_parent (stg_comments), so
-- this is a warning: one such reply must not stop a night's publishing.
-- severity: warn
-- Failing rows: live replies whose parent is missing.
SELECT c.site, c.wp_comment_id, c.parent_wp_comment_id, c.post_url
FROM comments AS c
LEFT JOIN comments AS parent
  ON parent.site = c.site AND parent.wp_comment_id = c.parent_wp_comment_id
WHERE c.parent_wp_comment_id IS NOT NULL
  AND c.removed_at IS NULL
  AND parent.wp_comment_id IS NULL
