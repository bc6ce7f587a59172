-- Replace the discovered posts of each run in the batch (delete + insert keeps a reload a no-op).
DELETE FROM discovered_posts AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO discovered_posts (run_id, site, post_url, wp_post_id, sources, is_planned)
SELECT b.run_id, b.site, post_url, wp_post_id, coalesce(sources, []), coalesce(is_planned, true)
FROM run_discovered AS r JOIN batch_runs AS b USING (run_no);
