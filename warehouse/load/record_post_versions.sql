-- Keep post_versions in step with posts after merge_posts, for the posts whose current state this run wrote
-- (last_seen_run_id = $run_id; an older observation loaded late changes no version). Idempotent: run twice, the
-- second pass finds nothing to do. Parameters: $run_id.

-- 1. A post seen with another text (content_hash: title + body) than its current version: close that version.
UPDATE post_versions AS v
SET valid_to = p.last_seen_at,
    closed_run_id = $run_id,
    closed_reason = 'edited'
FROM posts AS p
WHERE p.post_url = v.post_url
  AND v.valid_to IS NULL
  AND p.post_url IN (SELECT post_url FROM run_posts)
  AND p.last_seen_run_id = $run_id
  AND p.deleted_at IS NULL
  AND v.content_hash <> p.content_hash;

-- 2. A post seen without a current version: new, just edited, or back after a deletion. Open one.
INSERT INTO post_versions (
    site, post_url, wp_post_id, version_no, content_hash, title, body_text, is_protected, modified_at,
    valid_from, valid_to, run_id, closed_run_id, closed_reason
)
SELECT p.site, p.post_url, p.wp_post_id, coalesce(earlier.last_version_no, 0) + 1, p.content_hash, p.title,
       p.body_text, p.is_protected, p.modified_at, p.last_seen_at, NULL, $run_id, NULL, NULL
FROM posts AS p
LEFT JOIN (
    SELECT post_url, max(version_no) AS last_version_no
    FROM post_versions
    WHERE post_url IN (SELECT post_url FROM run_posts)
    GROUP BY post_url
) AS earlier ON earlier.post_url = p.post_url
WHERE p.post_url IN (SELECT post_url FROM run_posts)
  AND p.last_seen_run_id = $run_id
  AND p.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM post_versions AS v WHERE v.post_url = p.post_url AND v.valid_to IS NULL);
