-- Check: theme_mentions keeps its grain (one row per post × theme × sentence).
-- severity: error
-- Failing rows: duplicated keys.
SELECT post_url, theme, sentence_no, count(*) AS rows
FROM theme_mentions
GROUP BY ALL
HAVING count(*) > 1
