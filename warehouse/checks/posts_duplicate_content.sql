-- Check: two live posts of one site with identical title and text are probably one page under two addresses.
-- severity: warn
-- Failing rows: one per duplicated content hash.
SELECT site, content_hash, count(*) AS posts, list(post_url ORDER BY post_url) AS post_urls
FROM posts
WHERE deleted_at IS NULL AND coalesce(body_text, '') <> ''
GROUP BY site, content_hash
HAVING count(*) > 1
