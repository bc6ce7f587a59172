-- themes: the themes analysts track, with labels (seeded from warehouse/seeds/themes.csv on every apply).
-- Grain: one row per theme.
CREATE TABLE IF NOT EXISTS themes (
    theme        VARCHAR PRIMARY KEY,   -- key used by theme_rules, e.g. 'awards'
    label_en     VARCHAR NOT NULL,
    label_sv     VARCHAR NOT NULL,
    description  VARCHAR
);
