-- page_reading_agreement: how well the page reading agreed with the REST API on each site's latest run that
-- compared them ("page reading agreed with REST on 97 % of posts, body F1 0.98"). A field that a page does not
-- show (a time of day, an author when REST hides users) counts as neither agreeing nor disagreeing.
-- Grain: one row per site (its latest run with comparisons).
WITH latest AS (
    SELECT site, max(run_id) AS run_id
    FROM post_agreement
    GROUP BY site
),

rows AS (
    SELECT a.*,
           coalesce(a.is_title_equal, true) AND coalesce(a.is_date_equal, true) AND coalesce(a.is_author_equal, true)
           AND coalesce(a.is_categories_equal, true) AND coalesce(a.is_tags_equal, true)
           AND coalesce(a.body_f1, 1.0) >= 0.95 AS is_all_equal
    FROM post_agreement AS a
    JOIN latest USING (site, run_id)
),

final AS (
    SELECT
        site,
        any_value(run_id) AS run_id,
        count(*) AS posts_compared_count,
        round(100.0 * avg(is_all_equal::INTEGER), 1) AS posts_agreeing_pct,
        round(100.0 * avg(is_title_equal::INTEGER), 1) AS title_equal_pct,
        round(100.0 * avg(is_date_equal::INTEGER), 1) AS date_equal_pct,
        round(100.0 * avg(is_author_equal::INTEGER), 1) AS author_equal_pct,
        round(100.0 * avg(is_categories_equal::INTEGER), 1) AS categories_equal_pct,
        round(100.0 * avg(is_tags_equal::INTEGER), 1) AS tags_equal_pct,
        round(avg(body_f1), 4) AS body_f1_mean,
        round(min(body_f1), 4) AS body_f1_min,
        sum(page_comments_not_in_rest) AS page_comments_not_in_rest_count
    FROM rows
    GROUP BY site
)

SELECT final.site, sites.name AS site_name, final.* EXCLUDE (site)
FROM final
LEFT JOIN main.sites AS sites USING (site)
ORDER BY final.site
