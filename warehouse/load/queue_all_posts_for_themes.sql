-- Re-match every sentence (theme_rules or the SQL that matches them changed): drop every stored match and queue
-- every post for the theme build, which then matches the whole archive in one pass.
DELETE FROM sentence_themes;
INSERT INTO sentence_themes_pending (post_url)
SELECT post_url
FROM posts
WHERE post_url NOT IN (SELECT post_url FROM sentence_themes_pending);
