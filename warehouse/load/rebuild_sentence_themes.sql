-- Re-match every sentence: replace sentence_themes with int_sentence_themes (after theme_rules or the views
-- changed). Costs a regex pass over the whole archive; loads keep the table current between rebuilds.
DELETE FROM sentence_themes;
INSERT INTO sentence_themes (post_url, sentence_no, theme, sentence, matched_text)
SELECT post_url, sentence_no, theme, sentence, matched_text
FROM int_sentence_themes;
