-- Check: a reply sits one level below its parent, a top-level comment at depth 1. Only live comments are compared:
-- a reply whose parent was unapproved or removed is shown at depth 1 (its parent is not public), as the blog shows it.
-- severity: warn
-- Failing rows: comments whose depth disagrees with their parent's.
SELECT c.site, c.wp_comment_id, c.depth, parent.depth AS parent_depth
FROM comments AS c
LEFT JOIN comments AS parent
  ON parent.site = c.site AND parent.wp_comment_id = c.parent_wp_comment_id AND parent.removed_at IS NULL
WHERE c.depth IS NOT NULL
  AND c.removed_at IS NULL
  AND (
      (c.parent_wp_comment_id IS NULL AND c.depth <> 1)
      OR (parent.depth IS NOT NULL AND c.depth <> parent.depth + 1)
  )
