-- Store the theme build's matches (theme_matches, from match_theme_rule_set.sql), except the rows int_sentence_themes
-- decides itself (needs_view: warehouse/themes.py stores those from the view). Returns how many.
INSERT INTO sentence_themes (post_url, sentence_no, theme, sentence, matched_text, method)
SELECT post_url, sentence_no, theme, sentence, matched_text, 'rule'
FROM theme_matches
WHERE NOT needs_view
  AND matched_text <> '';
