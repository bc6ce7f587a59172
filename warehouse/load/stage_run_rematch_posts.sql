-- Posts of this run whose theme matches this load may change: new posts, a new text or language, and posts
-- coming back after a deletion. Run before merge_posts, which overwrites what they are compared with. An older
-- observation that the merge will ignore may be listed too: re-matching it gives the same rows, harmlessly.
-- Grain: one row per post of the run (post_url).
CREATE OR REPLACE TEMP TABLE run_rematch_posts AS
SELECT r.post_url
FROM run_posts AS r
LEFT JOIN posts AS p ON p.post_url = r.post_url
WHERE p.post_url IS NULL
   OR p.content_hash IS DISTINCT FROM r.content_hash
   OR p.language IS DISTINCT FROM r.language
   OR p.deleted_at IS NOT NULL;
