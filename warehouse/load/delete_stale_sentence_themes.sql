-- Drop the theme matches this load makes stale: those of the posts it re-matches (run_rematch_posts) and those
-- of posts that are no longer live (marked deleted by this run or an earlier one).
DELETE FROM sentence_themes
WHERE post_url IN (SELECT post_url FROM run_rematch_posts)
   OR post_url IN (SELECT post_url FROM posts WHERE deleted_at IS NOT NULL);
