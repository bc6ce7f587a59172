-- Register or update one site (changes nothing when the values are unchanged, so reloads stay no-ops).
-- Parameters: $site, $name, $language, $timezone, $profile, $now.
INSERT INTO sites (site, name, language, timezone, profile, added_at, updated_at)
VALUES ($site, $name, $language, $timezone, $profile, $now, $now)
ON CONFLICT (site) DO UPDATE SET
    name = excluded.name,
    language = excluded.language,
    timezone = excluded.timezone,
    profile = excluded.profile,
    updated_at = excluded.updated_at
WHERE sites.name IS DISTINCT FROM excluded.name
   OR sites.language IS DISTINCT FROM excluded.language
   OR sites.timezone IS DISTINCT FROM excluded.timezone
   OR sites.profile IS DISTINCT FROM excluded.profile;
