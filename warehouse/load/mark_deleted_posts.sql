-- Mark deleted the posts this run shows to be gone (run_deleted_posts: 404/410, moved, or absent from a complete
-- full crawl). Returns how many.
UPDATE posts AS p
SET deleted_at = d.deleted_at
FROM run_deleted_posts AS d
WHERE p.post_url = d.post_url;
