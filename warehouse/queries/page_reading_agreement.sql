-- The status command's agreement lines: per site, how the page reading compared with REST on its latest run.
-- Grain: one row per site.
SELECT coalesce(site_name, site) AS site, posts_compared_count AS posts, posts_agreeing_pct AS agreeing_pct,
       body_f1_mean, body_f1_min
FROM page_reading_agreement
ORDER BY site
