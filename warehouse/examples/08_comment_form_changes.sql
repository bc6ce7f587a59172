-- Comment forms that changed between each site's last two successful runs: opened or closed, another kind,
-- other required fields or log-in providers, or a form seen in only one of the two runs.
WITH runs AS (
    SELECT site, run_id, row_number() OVER (PARTITION BY site ORDER BY finished_at DESC, run_id DESC) AS run_no
    FROM crawl_runs
    WHERE status = 'succeeded' AND finished_at IS NOT NULL
),

latest AS (
    SELECT comment_forms.* FROM comment_forms JOIN runs USING (site, run_id) WHERE run_no = 1
),

previous AS (
    SELECT comment_forms.* FROM comment_forms JOIN runs USING (site, run_id) WHERE run_no = 2
)

SELECT
    coalesce(latest.post_url, previous.post_url) AS post_url,
    previous.is_open AS was_open,
    latest.is_open AS is_open,
    previous.form_kind AS was_kind,
    latest.form_kind AS form_kind,
    previous.required_fields AS was_required,
    latest.required_fields AS required,
    previous.login_providers AS was_providers,
    latest.login_providers AS providers
FROM latest
FULL OUTER JOIN previous ON previous.site = latest.site AND previous.post_url = latest.post_url
WHERE coalesce(latest.site, previous.site) IN (SELECT site FROM runs WHERE run_no = 2)
  AND (latest.post_url IS NULL OR previous.post_url IS NULL
       OR latest.is_open IS DISTINCT FROM previous.is_open
       OR latest.form_kind IS DISTINCT FROM previous.form_kind
       OR list_sort(latest.required_fields) IS DISTINCT FROM list_sort(previous.required_fields)
       OR list_sort(latest.login_providers) IS DISTINCT FROM list_sort(previous.login_providers))
ORDER BY post_url;
