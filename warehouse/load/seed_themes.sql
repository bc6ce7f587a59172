-- Seed: replace the themes table with warehouse/seeds/themes.csv (the versioned file is the source of truth:
-- a theme whose row is removed from the file goes too).
-- Columns are taken by their header names, so their order in the file does not matter. The CSV dialect is
-- pinned and every value read as text: nothing is left to DuckDB's sniffer to guess.
-- Parameters: $themes_csv (path).
DELETE FROM themes;
INSERT INTO themes (theme, label_en, label_sv, description)
SELECT theme, label_en, label_sv, description
FROM read_csv($themes_csv, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true);
