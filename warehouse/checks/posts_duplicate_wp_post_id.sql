-- Check: one live post per WordPress post id and site (the same post archived under two URLs is a crawler bug).
-- severity: error
-- Failing rows: one per duplicated (site, wp_post_id), with the URLs.
SELECT site, wp_post_id, count(*) AS posts, list(post_url ORDER BY post_url) AS post_urls
FROM posts
WHERE deleted_at IS NULL AND wp_post_id IS NOT NULL
GROUP BY site, wp_post_id
HAVING count(*) > 1
