-- Mark deleted the posts the batch's runs show to be gone (run_deleted_posts: 404/410, moved, or absent from a
-- complete full crawl).
UPDATE posts AS p
SET deleted_at = d.deleted_at
FROM run_deleted_posts AS d
WHERE p.post_url = d.post_url;
