-- The sentences of this theme build for the recall layer (warehouse/themes_model.py), in a fixed order.
-- Grain: one row per sentence (post_url, sentence_no).
SELECT post_url, sentence_no, sentence
FROM theme_sentences
ORDER BY post_url, sentence_no;
