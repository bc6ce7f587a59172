-- Crawl state, the run: each site's latest successful run, and the REST comment total the next incremental crawl
-- may compare with. The total is given only when that run did all it set out to do and no page of it failed
-- transiently: otherwise the archive may lack comments that the total counts, and a crawler that trusts an
-- unchanged total would skip the comment listing and never fetch them. NULL makes it read the listing.
-- Grain: at most one row per site. Parameters: $sites (a list of site URLs).
SELECT
    runs.site,
    runs.run_id,
    CASE WHEN runs.is_complete AND NOT EXISTS (
            SELECT 1 FROM crawl_drops AS d
            WHERE d.run_id = runs.run_id AND d.site = runs.site
              AND (d.reason IN ('download_failed', 'comment_page_failed', 'refused_request_cap')
                   OR d.reason LIKE 'http\_%' ESCAPE '\')
         )
         THEN TRY_CAST(json_extract_string(runs.stats, '$.discovery.rest_comment_total') AS BIGINT)
    END AS rest_comment_total
FROM crawl_runs AS runs
WHERE runs.site IN (SELECT unnest($sites::VARCHAR[]))
  AND runs.status = 'succeeded'
QUALIFY row_number() OVER (PARTITION BY runs.site
                           ORDER BY runs.started_at DESC NULLS LAST, runs.run_id DESC) = 1;
