-- The sentence × theme pairs of this theme build the rules decided (an include matched or an exclude fired: a row
-- in theme_matches): the recall layer is not asked about them (insert_model_theme_matches.sql enforces it too).
-- Grain: one row per sentence × theme with a rule match or exclusion (post_url, sentence_no, theme).
SELECT post_url, sentence_no, theme
FROM theme_matches;
