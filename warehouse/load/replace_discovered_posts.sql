-- Replace this run's discovered posts for this site (delete + insert keeps a reload a no-op). Parameters: $run_id, $site.
DELETE FROM discovered_posts WHERE run_id = $run_id AND site = $site;
INSERT INTO discovered_posts (run_id, site, post_url, wp_post_id, sources, is_planned)
SELECT $run_id, $site, post_url, wp_post_id, coalesce(sources, []), coalesce(is_planned, true)
FROM run_discovered;
