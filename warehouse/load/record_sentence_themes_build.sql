-- Record a full rebuild of sentence_themes. Parameters: $now, $fingerprint, $rules_count.
INSERT INTO sentence_themes_builds (built_at, fingerprint, rules_count, matches_count)
SELECT $now, $fingerprint, $rules_count, count(*) FROM sentence_themes;
