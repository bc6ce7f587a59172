-- Replace this run's per-field sources for this site, from the staged posts' field_sources maps.
-- Parameters: $run_id, $site.
DELETE FROM post_field_sources WHERE run_id = $run_id AND site = $site;
INSERT INTO post_field_sources (run_id, site, post_url, field, source)
SELECT $run_id, $site, post_url, unnest(map_keys(field_sources)), unnest(map_values(field_sources))
FROM run_posts
WHERE field_sources IS NOT NULL;
