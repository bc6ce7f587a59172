-- Check: sentence_themes keeps its grain (one row per sentence and theme), however the loads maintained it.
-- severity: error
-- Failing rows: duplicated (post_url, sentence_no, theme).
SELECT post_url, sentence_no, theme, count(*) AS rows
FROM sentence_themes
GROUP BY post_url, sentence_no, theme
HAVING count(*) > 1
