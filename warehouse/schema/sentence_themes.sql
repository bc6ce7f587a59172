-- sentence_themes: int_sentence_themes materialised, so that the theme marts don't re-run theme matching
-- (regular expressions over every sentence, a few thousand sentences a second) on every query.
-- Grain: one row per live post's sentence × theme it matches (post_url, sentence_no, theme).
-- Kept equal to int_sentence_themes: each load re-matches the posts it changed, in its transaction
-- (load/stage_run_rematch_posts.sql, load/delete_stale_sentence_themes.sql); build_views re-matches
-- everything when theme_rules or the views' SQL changed (sentence_themes_builds). No PRIMARY KEY, like
-- post_sentences: checks/sentence_themes_unique.sql guards the grain.
CREATE TABLE IF NOT EXISTS sentence_themes (
    post_url      VARCHAR NOT NULL,
    sentence_no   INTEGER NOT NULL,
    theme         VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    matched_text  VARCHAR NOT NULL    -- the leftmost include match, in the normalised sentence
);
