-- Mark the matches of this theme build (theme_sentences) that a negation rule set of their theme negates
-- (theme_negation_sets.sql). The rule's language applies as for include rules: '*' everywhere, else sentences
-- of that language class or of unknown language. The pattern is bound, so compiled once.
-- Parameters: $theme, $language, $negation_pattern.
UPDATE sentence_themes
SET is_negated = true
FROM theme_sentences AS s
WHERE sentence_themes.post_url = s.post_url
  AND sentence_themes.sentence_no = s.sentence_no
  AND sentence_themes.theme = $theme
  AND ($language = '*' OR s.language_class IS NULL OR s.language_class = $language)
  AND regexp_matches(s.match_text, $negation_pattern, 'i');
