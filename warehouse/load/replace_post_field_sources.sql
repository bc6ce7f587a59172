-- Replace the per-field sources of each run in the batch, from the staged posts' field_sources maps.
DELETE FROM post_field_sources AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO post_field_sources (run_id, site, post_url, field, source)
SELECT b.run_id, b.site, post_url, unnest(map_keys(field_sources)), unnest(map_values(field_sources))
FROM run_posts AS r JOIN batch_runs AS b USING (run_no)
WHERE field_sources IS NOT NULL;
