-- Check: a live post has exactly one current version (valid_to NULL) and a deleted post none.
-- severity: error
SELECT p.post_url, p.deleted_at, count(v.post_url) AS current_versions
FROM posts AS p
LEFT JOIN post_versions AS v ON v.post_url = p.post_url AND v.valid_to IS NULL
GROUP BY p.post_url, p.deleted_at
HAVING count(v.post_url) <> CASE WHEN p.deleted_at IS NULL THEN 1 ELSE 0 END;
