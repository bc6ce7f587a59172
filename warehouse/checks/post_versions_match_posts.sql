-- Check: a live post's current version holds the post's current text (same content_hash).
-- severity: error
SELECT p.post_url, p.content_hash AS post_hash, v.content_hash AS version_hash, v.version_no
FROM posts AS p
JOIN post_versions AS v ON v.post_url = p.post_url AND v.valid_to IS NULL
WHERE p.deleted_at IS NULL
  AND p.content_hash <> v.content_hash;
