-- Report, reading conventions: the one time zone every time in the report is shown in (the sites' configured
-- zone; with sites in several zones, the most common, ties by name) and the report's language (Swedish when
-- every site is Swedish, English otherwise). An empty archive reads in UTC and English.
-- Grain: one row.
WITH zones AS (
    SELECT timezone, count(*) AS sites_count FROM sites WHERE timezone IS NOT NULL GROUP BY timezone
)

SELECT
    coalesce((SELECT timezone FROM zones ORDER BY sites_count DESC, timezone LIMIT 1), 'UTC') AS timezone,
    CASE WHEN (SELECT count(*) FROM sites) > 0 AND (SELECT bool_and(language = 'sv') FROM sites) THEN 'sv'
         ELSE 'en' END AS language;
