-- Store the recall layer's matches (warehouse/themes_model.py) for the sentences of this theme build
-- (theme_sentences): only where no rule of the theme matched and no exclude rule of it fired — both leave a row in
-- theme_matches (match_theme_rule_set.sql), so the model never overrides the rules' exclusions (pris as price,
-- kommunikatör, …). Parameters: $post_urls, $sentence_nos, $themes, $scores, $matched_texts, $evidence_ngrams
-- (parallel lists, one element per model match). Returns how many rows were stored.
INSERT INTO sentence_themes (post_url, sentence_no, theme, sentence, matched_text, method, score, evidence_ngrams)
SELECT found.post_url, found.sentence_no, found.theme, s.sentence, found.matched_text, 'model', found.score,
       found.evidence_ngrams
FROM (
    SELECT
        unnest($post_urls::VARCHAR[]) AS post_url,
        unnest($sentence_nos::INTEGER[]) AS sentence_no,
        unnest($themes::VARCHAR[]) AS theme,
        unnest($scores::DOUBLE[]) AS score,
        unnest($matched_texts::VARCHAR[]) AS matched_text,
        unnest($evidence_ngrams::VARCHAR[][]) AS evidence_ngrams
) AS found
JOIN theme_sentences AS s USING (post_url, sentence_no)
WHERE NOT EXISTS (
    SELECT 1 FROM theme_matches AS t
    WHERE t.post_url = found.post_url AND t.sentence_no = found.sentence_no AND t.theme = found.theme
);
