-- Keep post_versions in step with posts after merge_posts, for the posts whose current state a run of the batch
-- wrote (last_seen_run_id = that run; an older observation loaded late changes no version). Idempotent: run twice,
-- the second pass finds nothing to do. Grain of run_written_posts: one row per post URL.
CREATE OR REPLACE TEMP TABLE run_written_posts AS
SELECT p.post_url
FROM posts AS p
JOIN run_posts AS r ON r.post_url = p.post_url
JOIN batch_runs AS b ON b.run_no = r.run_no
WHERE p.last_seen_run_id = b.run_id
  AND p.deleted_at IS NULL;

-- 1. A post seen with another text (content_hash: title + body) than its current version: close that version.
UPDATE post_versions AS v
SET valid_to = p.last_seen_at,
    closed_run_id = p.last_seen_run_id,
    closed_reason = 'edited'
FROM posts AS p
WHERE p.post_url = v.post_url
  AND v.valid_to IS NULL
  AND p.post_url IN (SELECT post_url FROM run_written_posts)
  AND v.content_hash <> p.content_hash;

-- 2. A post seen without a current version: new, just edited, or back after a deletion. Open one.
INSERT INTO post_versions (
    site, post_url, wp_post_id, version_no, content_hash, title, body_text, is_protected, modified_at,
    valid_from, valid_to, run_id, closed_run_id, closed_reason
)
SELECT p.site, p.post_url, p.wp_post_id, coalesce(earlier.last_version_no, 0) + 1, p.content_hash, p.title,
       p.body_text, p.is_protected, p.modified_at, p.last_seen_at, NULL, p.last_seen_run_id, NULL, NULL
FROM posts AS p
LEFT JOIN (
    SELECT post_url, max(version_no) AS last_version_no
    FROM post_versions
    WHERE post_url IN (SELECT post_url FROM run_written_posts)
    GROUP BY post_url
) AS earlier ON earlier.post_url = p.post_url
WHERE p.post_url IN (SELECT post_url FROM run_written_posts)
  AND NOT EXISTS (SELECT 1 FROM post_versions AS v WHERE v.post_url = p.post_url AND v.valid_to IS NULL);
