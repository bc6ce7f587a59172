-- The WARC files replay needs for a selection of captures: the files holding them, and for each revisit the file
-- holding its payload (possibly an earlier run's). Grain: one row per WARC file (absolute path).
-- Parameters: $run_id (NULL = any run), $since, $until (NULL = open-ended).
WITH selected AS (
    SELECT warc_file, refers_to_warc_file
    FROM captures
    WHERE ($run_id IS NULL OR run_id = $run_id)
      AND ($since IS NULL OR fetched_at >= $since)
      AND ($until IS NULL OR fetched_at <= $until)
)

SELECT DISTINCT warc_file FROM (
    SELECT warc_file FROM selected
    UNION ALL
    SELECT refers_to_warc_file FROM selected WHERE refers_to_warc_file IS NOT NULL
)
ORDER BY warc_file;
