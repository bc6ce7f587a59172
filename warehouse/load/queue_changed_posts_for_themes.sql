-- Queue for theme matching (sentence_themes_pending) the posts of the batch's runs whose theme matches this load may
-- change: new posts, a new text or language, and posts coming back after a deletion. Run before merge_posts,
-- which overwrites what they are compared with. An older observation that the merge will ignore may be queued
-- too: matching it again gives the same rows, harmlessly. The theme build after the loads consumes the queue.
INSERT INTO sentence_themes_pending (post_url)
SELECT DISTINCT r.post_url
FROM run_posts AS r
LEFT JOIN posts AS p ON p.post_url = r.post_url
WHERE (p.post_url IS NULL
       OR p.content_hash IS DISTINCT FROM r.content_hash
       OR p.language IS DISTINCT FROM r.language
       OR p.deleted_at IS NOT NULL)
  AND r.post_url NOT IN (SELECT post_url FROM sentence_themes_pending);
