-- Report, overview: one row per site: what the archive holds now and how its latest run went.
-- Grain: one row per site (site).
WITH live_posts AS (
    SELECT site, count(*) AS posts_count FROM int_live_posts GROUP BY site
),

live_comments AS (
    SELECT site, count(*) FILTER (WHERE comment_type = 'comment') AS comments_count
    FROM int_live_comments
    GROUP BY site
),

open_forms AS (
    SELECT site, count(*) AS open_forms_count FROM audit_comment_forms GROUP BY site
),

latest_run AS (
    SELECT *
    FROM crawl_runs
    QUALIFY row_number() OVER (PARTITION BY site ORDER BY loaded_at DESC, run_id DESC) = 1
),

final AS (
    SELECT
        sites.site,
        sites.name AS site_name,
        coalesce(live_posts.posts_count, 0) AS posts_count,
        coalesce(live_comments.comments_count, 0) AS comments_count,
        coalesce(open_forms.open_forms_count, 0) AS open_forms_count,
        latest_run.run_id AS last_run_id,
        latest_run.status AS last_run_status,
        latest_run.error AS last_run_error,
        strftime(latest_run.finished_at, '%Y-%m-%d %H:%M') AS last_run_finished
    FROM sites
    LEFT JOIN live_posts USING (site)
    LEFT JOIN live_comments USING (site)
    LEFT JOIN open_forms USING (site)
    LEFT JOIN latest_run USING (site)
)

SELECT * FROM final ORDER BY site_name;
