-- End a theme build: every queued post is matched. The build's temporary tables go too (they hold every sentence
-- of a full rebuild).
DELETE FROM sentence_themes_pending;
DROP TABLE IF EXISTS temp.theme_sentences;
DROP TABLE IF EXISTS temp.theme_matches;
