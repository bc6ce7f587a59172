-- Register or update the site of each staged run (batch_runs; changes nothing when the values are unchanged, so
-- reloads stay no-ops). Parameters: $now.
INSERT INTO sites (site, name, language, timezone, profile, added_at, updated_at)
SELECT site, site_name, language, timezone, profile, $now, $now
FROM batch_runs
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
