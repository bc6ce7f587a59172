-- sentence_themes: the theme matches the theme marts read — int_sentence_themes (the rules) materialised, plus
-- the recall layer's matches (warehouse/themes_model.py) — so that no query re-runs matching.
-- Grain: one row per live post's sentence × theme it matches (post_url, sentence_no, theme).
-- Kept up to date by the theme build (warehouse/themes.py), which build_views runs after the loads: it re-matches
-- the posts the loads queued (sentence_themes_pending), or everything when theme_rules, the model or the SQL that
-- matches them changed (sentence_themes_builds). Its `method = 'rule'` rows equal int_sentence_themes. No PRIMARY
-- KEY, like post_sentences: checks/sentence_themes_unique.sql guards the grain.
CREATE TABLE IF NOT EXISTS sentence_themes (
    post_url         VARCHAR NOT NULL,
    sentence_no      INTEGER NOT NULL,
    theme            VARCHAR NOT NULL,
    sentence         VARCHAR NOT NULL,
    matched_text     VARCHAR NOT NULL,   -- rule: the leftmost include match, in the normalised sentence,
                                         -- model: the sentence's word holding the strongest n-gram
    method           VARCHAR DEFAULT 'rule',  -- 'rule' (an include rule matched) or 'model' (the recall layer)
    score            DOUBLE,             -- model: its probability (≥ the theme's threshold); rule: NULL
    evidence_ngrams  VARCHAR[],          -- model: the n-grams that raised the score most; rule: NULL
    is_negated       BOOLEAN DEFAULT false  -- a negation rule of the theme matches ("Vi fick inte priset")
);
-- Archives from before the recall layer: add its columns (the changed fingerprint then re-matches every row).
ALTER TABLE sentence_themes ADD COLUMN IF NOT EXISTS method VARCHAR DEFAULT 'rule';
ALTER TABLE sentence_themes ADD COLUMN IF NOT EXISTS score DOUBLE;
ALTER TABLE sentence_themes ADD COLUMN IF NOT EXISTS evidence_ngrams VARCHAR[];
ALTER TABLE sentence_themes ADD COLUMN IF NOT EXISTS is_negated BOOLEAN DEFAULT false;
