-- Report, comment-form audit: forms that changed in each site's latest successful crawl, each compared with
-- the same post's form as last seen before it (an incremental run reads only new and changed posts, so "before"
-- may be any earlier run): opened or closed, another kind, other required fields or log-in providers, a form
-- that appeared, or (after a full crawl only) went.
-- Parameters: $limit. Grain: one row per site and post whose form changed (site, post_url).
WITH runs AS (
    SELECT site, run_id, mode,
           row_number() OVER (PARTITION BY site ORDER BY finished_at DESC, run_id DESC) AS run_no
    FROM crawl_runs
    WHERE status = 'succeeded' AND finished_at IS NOT NULL
),

latest_runs AS (
    SELECT site, run_id, mode FROM runs WHERE run_no = 1
),

latest AS (
    SELECT forms.* FROM comment_forms AS forms JOIN latest_runs USING (site, run_id)
),

previous_all AS (
    SELECT forms.*
    FROM comment_forms AS forms
    JOIN runs USING (site, run_id)
    WHERE runs.run_no > 1
    QUALIFY row_number() OVER (PARTITION BY forms.site, forms.post_url ORDER BY forms.crawled_at DESC) = 1
),

-- Posts the latest run did not read count as gone only when that run was a full crawl.
previous AS (
    SELECT previous_all.*
    FROM previous_all
    JOIN latest_runs USING (site)
    WHERE latest_runs.mode = 'full'
       OR previous_all.post_url IN (SELECT post_url FROM latest)
),

compared AS (
    SELECT
        coalesce(latest.site, previous.site) AS site,
        coalesce(latest.post_url, previous.post_url) AS post_url,
        CASE
            WHEN previous.post_url IS NULL THEN 'new'
            WHEN latest.post_url IS NULL THEN 'not seen'
            ELSE 'changed'
        END AS change,
        previous.is_open AS was_open,
        latest.is_open AS is_open,
        previous.form_kind AS was_kind,
        latest.form_kind AS form_kind,
        previous.required_fields AS was_required_fields,
        latest.required_fields AS required_fields,
        previous.login_providers AS was_login_providers,
        latest.login_providers AS login_providers
    FROM latest
    FULL OUTER JOIN previous ON previous.site = latest.site AND previous.post_url = latest.post_url
    -- Only sites with two runs to compare.
    WHERE coalesce(latest.site, previous.site) IN (SELECT site FROM runs WHERE run_no = 2)
),

final AS (
    SELECT
        sites.name AS site_name,
        compared.*,
        posts.title,
        count(*) OVER () AS changes_count
    FROM compared
    JOIN sites USING (site)
    LEFT JOIN posts USING (post_url)
    WHERE compared.change <> 'changed'
       OR compared.was_open IS DISTINCT FROM compared.is_open
       OR compared.was_kind IS DISTINCT FROM compared.form_kind
       OR list_sort(compared.was_required_fields) IS DISTINCT FROM list_sort(compared.required_fields)
       OR list_sort(compared.was_login_providers) IS DISTINCT FROM list_sort(compared.login_providers)
)

SELECT * FROM final ORDER BY site_name, change, post_url LIMIT $limit;
