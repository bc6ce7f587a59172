-- The fingerprint of the latest full rebuild of sentence_themes (no row before the first).
SELECT fingerprint FROM sentence_themes_builds ORDER BY built_at DESC LIMIT 1;
