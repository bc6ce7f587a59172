-- The sentences of this theme build for the recall layer (warehouse/themes_model.py), in a fixed order, with the
-- themes the rules already decided for each (an include matched or an exclude fired: the model is not asked).
-- Grain: one row per sentence (post_url, sentence_no).
SELECT
    s.post_url,
    s.sentence_no,
    s.sentence,
    coalesce(list(DISTINCT t.theme) FILTER (WHERE t.theme IS NOT NULL), []) AS decided_themes
FROM theme_sentences AS s
LEFT JOIN theme_matches AS t USING (post_url, sentence_no)
GROUP BY ALL
ORDER BY s.post_url, s.sentence_no;
