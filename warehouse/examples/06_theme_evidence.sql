-- The evidence behind a theme: every sentence that mentions cooperation with the municipality, post by post,
-- with the words that matched.
SELECT
    CAST(published_at AS DATE) AS published,
    title,
    sentence,
    matched_text
FROM theme_mentions
WHERE theme = 'municipality_cooperation'
ORDER BY published_at, sentence_no;
