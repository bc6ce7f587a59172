-- Seed: rebuild theme_rules from warehouse/seeds/theme_rules.csv (versioned; analysts add a theme by adding rows).
-- The table mirrors the file's columns exactly, so the rule format belongs to the file and int_sentence_themes.
-- Parameters: $theme_rules_csv (path).
CREATE OR REPLACE TABLE theme_rules AS
SELECT * FROM read_csv($theme_rules_csv, header = true);
