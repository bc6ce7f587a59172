-- sentence_themes_builds: every full rebuild of sentence_themes, and the rules and SQL it was built from.
-- Grain: one row per full rebuild (built_at). build_views rebuilds only when the fingerprint changed.
CREATE TABLE IF NOT EXISTS sentence_themes_builds (
    built_at       TIMESTAMPTZ NOT NULL,
    fingerprint    VARCHAR NOT NULL,   -- sha256 of theme_rules' rows and the SQL that matches them (themes.py)
    rules_count    BIGINT NOT NULL,    -- rows in theme_rules
    matches_count  BIGINT NOT NULL     -- rows written to sentence_themes
);
