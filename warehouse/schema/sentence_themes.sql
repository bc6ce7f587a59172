-- sentence_themes: int_sentence_themes materialised, so that the theme marts don't re-run theme matching
-- (regular expressions over every sentence) on every query.
-- Grain: one row per live post's sentence × theme it matches (post_url, sentence_no, theme).
-- Kept equal to int_sentence_themes by the theme build (warehouse/themes.py), which build_views runs after the
-- loads: it re-matches the posts the loads queued (sentence_themes_pending), or everything when theme_rules or
-- the SQL that matches them changed (sentence_themes_builds). No PRIMARY KEY, like post_sentences:
-- checks/sentence_themes_unique.sql guards the grain.
CREATE TABLE IF NOT EXISTS sentence_themes (
    post_url      VARCHAR NOT NULL,
    sentence_no   INTEGER NOT NULL,
    theme         VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    matched_text  VARCHAR NOT NULL    -- the leftmost include match, in the normalised sentence
);
