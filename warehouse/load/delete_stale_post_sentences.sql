-- Drop the sentences of posts in the batch whose current text (content_hash) is no longer what they were split from.
DELETE FROM post_sentences AS s
WHERE s.post_url IN (SELECT post_url FROM run_posts)
  AND s.content_hash <> (SELECT p.content_hash FROM posts AS p WHERE p.post_url = s.post_url);
