-- Drop the theme matches that are stale: those of the posts queued for matching (sentence_themes_pending) and
-- those of posts that are no longer live (marked deleted by a load since the last build, or earlier).
DELETE FROM sentence_themes
WHERE post_url IN (SELECT post_url FROM sentence_themes_pending)
   OR post_url IN (SELECT post_url FROM posts WHERE deleted_at IS NOT NULL);
