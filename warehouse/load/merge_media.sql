-- Merge a run's media into `media` and replace its answers in `media_fetches` (a reload is a no-op).
-- Only posts this run read *with* media (at least one row: every theme links a stylesheet) can lose an image: a
-- run with media capture off, or a post not re-fetched by an incremental run, says nothing about its pictures.
-- Parameters: $run_id, $site, $now.
MERGE INTO media AS m
USING (SELECT * FROM run_media) AS r
ON m.site = $site AND m.post_url = r.post_url AND m.kind = r.kind AND m.url = r.url
WHEN MATCHED THEN UPDATE SET
    wp_post_id = r.wp_post_id, position = r.position, alt_text = r.alt_text, caption = r.caption,
    declared_width = r.declared_width, declared_height = r.declared_height,
    last_seen_at = greatest(m.last_seen_at, r.fetched_at), last_seen_run_id = $run_id,
    removed_at = NULL, removed_run_id = NULL
WHEN NOT MATCHED THEN INSERT (
    site, post_url, wp_post_id, kind, url, position, alt_text, caption, declared_width, declared_height,
    first_seen_at, first_seen_run_id, last_seen_at, last_seen_run_id
) VALUES (
    $site, r.post_url, r.wp_post_id, r.kind, r.url, r.position, r.alt_text, r.caption, r.declared_width,
    r.declared_height, r.fetched_at, $run_id, r.fetched_at, $run_id
);

UPDATE media SET removed_at = $now, removed_run_id = $run_id
WHERE site = $site
  AND removed_at IS NULL
  AND last_seen_run_id <> $run_id
  AND post_url IN (SELECT DISTINCT post_url FROM run_media);

DELETE FROM media_fetches WHERE run_id = $run_id AND site = $site;
INSERT INTO media_fetches (run_id, site, url, fetched_at, status, content_type, byte_count, width, height, is_image,
                           payload_digest)
SELECT $run_id, $site, f.url, f.fetched_at, f.status, f.content_type, f.byte_count, f.width, f.height, f.is_image,
       (SELECT any_value(c.payload_digest) FROM run_captures AS c WHERE c.url = f.url AND c.status = f.status)
FROM run_media_fetches AS f;
