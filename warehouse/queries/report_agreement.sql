-- The report's crawl health: per site, how the page reading compared with REST on its latest run.
-- Grain: one row per site.
SELECT a.site, s.name AS site_name, a.run_id, a.posts_compared_count, a.posts_agreeing_pct, a.body_f1_mean,
       a.body_f1_min
FROM page_reading_agreement AS a
LEFT JOIN sites AS s ON s.site = a.site
ORDER BY s.name, a.site
