-- Seed: rebuild theme_rules from warehouse/seeds/theme_rules.csv (versioned; analysts add a theme by adding rows).
-- Columns are taken by their header names (their order in the file does not matter; a missing one is an
-- error). The rule format is documented in views/intermediate/int_sentence_themes.sql, which applies them.
-- The CSV dialect is pinned and every value read as text: patterns hold | ( ) { } " and commas, and an anchor
-- such as 2030 must stay the text '2030', so nothing is left to DuckDB's sniffer to guess.
-- Parameters: $theme_rules_csv (path).
CREATE OR REPLACE TABLE theme_rules AS
SELECT theme, language, rule_kind, anchor, pattern, description
FROM read_csv($theme_rules_csv, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true);
