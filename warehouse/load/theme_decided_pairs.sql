-- The sentence × theme pairs of this theme build the rules decided (an include matched or an exclude fired: a row
-- in theme_matches): the recall layer is not asked about them (insert_model_theme_matches.sql enforces it too).
-- As positions, for a sentences × themes mask: row_no counts the sentences in theme_sentences_to_score.sql's
-- order from 0, theme_no is the theme's position in $themes (the model's themes) from 0; themes the model lacks
-- are left out. Grain: one row per sentence × theme with a rule match or exclusion (row_no, theme_no).
WITH numbered AS (
    SELECT post_url, sentence_no, row_number() OVER (ORDER BY post_url, sentence_no) - 1 AS row_no
    FROM theme_sentences
)
SELECT n.row_no, list_position($themes::VARCHAR[], t.theme) - 1 AS theme_no
FROM theme_matches AS t
JOIN numbered AS n USING (post_url, sentence_no)
WHERE list_contains($themes::VARCHAR[], t.theme);
