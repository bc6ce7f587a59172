-- Merge the media of each run in the batch into `media` and replace its answers in `media_fetches` (a reload is a
-- no-op). Only posts a run read *with* media (at least one row: every theme links a stylesheet) can lose an image:
-- a run with media capture off, or a post not re-fetched by an incremental run, says nothing about its pictures.
-- Parameters: $now.
MERGE INTO media AS m
USING (SELECT r.*, b.run_id, b.site AS run_site FROM run_media AS r JOIN batch_runs AS b USING (run_no)) AS r
ON m.site = r.run_site AND m.post_url = r.post_url AND m.kind = r.kind AND m.url = r.url
WHEN MATCHED THEN UPDATE SET
    wp_post_id = r.wp_post_id, position = r.position, alt_text = r.alt_text, caption = r.caption,
    declared_width = r.declared_width, declared_height = r.declared_height,
    last_seen_at = greatest(m.last_seen_at, r.fetched_at), last_seen_run_id = r.run_id,
    removed_at = NULL, removed_run_id = NULL
WHEN NOT MATCHED THEN INSERT (
    site, post_url, wp_post_id, kind, url, position, alt_text, caption, declared_width, declared_height,
    first_seen_at, first_seen_run_id, last_seen_at, last_seen_run_id
) VALUES (
    r.run_site, r.post_url, r.wp_post_id, r.kind, r.url, r.position, r.alt_text, r.caption, r.declared_width,
    r.declared_height, r.fetched_at, r.run_id, r.fetched_at, r.run_id
);

UPDATE media SET removed_at = $now, removed_run_id = b.run_id
FROM batch_runs AS b
WHERE media.site = b.site
  AND media.removed_at IS NULL
  AND media.last_seen_run_id <> b.run_id
  AND EXISTS (SELECT 1 FROM run_media AS r WHERE r.run_no = b.run_no AND r.post_url = media.post_url);

DELETE FROM media_fetches AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO media_fetches (run_id, site, url, fetched_at, status, content_type, byte_count, width, height, is_image,
                           payload_digest)
SELECT b.run_id, b.site, f.url, f.fetched_at, f.status, f.content_type, f.byte_count, f.width, f.height, f.is_image,
       (SELECT any_value(c.payload_digest) FROM run_captures AS c
        WHERE c.run_no = f.run_no AND c.url = f.url AND c.status = f.status)
FROM run_media_fetches AS f
JOIN batch_runs AS b USING (run_no);
