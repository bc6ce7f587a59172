-- Comment forms that changed in each site's latest successful run: every post that run read whose form differs
-- from the one the archive saw on it before (opened or closed, another kind, other required fields or log-in
-- providers). An incremental run reads only new and changed posts; the others keep their form and are not listed.
WITH runs AS (
    SELECT site, run_id, finished_at,
           row_number() OVER (PARTITION BY site ORDER BY finished_at DESC, run_id DESC) AS run_no
    FROM crawl_runs
    WHERE status = 'succeeded' AND finished_at IS NOT NULL
),

forms AS (
    SELECT
        comment_forms.*,
        runs.run_no,
        row_number() OVER (PARTITION BY comment_forms.site, comment_forms.post_url
                           ORDER BY runs.finished_at DESC, comment_forms.run_id DESC) AS form_no
    FROM comment_forms
    JOIN runs USING (site, run_id)
),

latest AS (
    SELECT * FROM forms WHERE form_no = 1 AND run_no = 1
),

previous AS (
    SELECT * FROM forms WHERE form_no = 2
)

SELECT
    latest.post_url,
    previous.is_open AS was_open,
    latest.is_open AS is_open,
    previous.form_kind AS was_kind,
    latest.form_kind AS form_kind,
    previous.required_fields AS was_required,
    latest.required_fields AS required,
    previous.login_providers AS was_providers,
    latest.login_providers AS providers
FROM latest
JOIN previous USING (site, post_url)
WHERE latest.is_open IS DISTINCT FROM previous.is_open
   OR latest.form_kind IS DISTINCT FROM previous.form_kind
   OR list_sort(latest.required_fields) IS DISTINCT FROM list_sort(previous.required_fields)
   OR list_sort(latest.login_providers) IS DISTINCT FROM list_sort(previous.login_providers)
ORDER BY latest.post_url;
