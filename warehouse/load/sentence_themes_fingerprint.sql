-- What sentence_themes is computed from, as one hash: theme_rules' rows and $sql_sha256 (the sha256 of the SQL
-- that matches them: the staging and intermediate views and the theme build, computed by warehouse/themes.py).
-- Returns (fingerprint, rules_count).
SELECT
    sha256($sql_sha256 || chr(10) || coalesce(
        string_agg(CAST(to_json(r) AS VARCHAR), chr(10) ORDER BY CAST(to_json(r) AS VARCHAR)), '')),
    count(*)
FROM theme_rules AS r;
