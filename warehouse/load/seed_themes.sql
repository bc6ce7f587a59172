-- Seed: replace the themes table with warehouse/seeds/themes.csv (the versioned file is the source of truth).
-- Parameters: $themes_csv (path).
INSERT OR REPLACE INTO themes (theme, label_en, label_sv, description)
SELECT theme, label_en, label_sv, description
FROM read_csv($themes_csv, header = true,
              columns = {'theme': 'VARCHAR', 'label_en': 'VARCHAR', 'label_sv': 'VARCHAR', 'description': 'VARCHAR'});
