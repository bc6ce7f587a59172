-- Report, comment-form audit: what the open forms ask for: each required field and each log-in provider, with
-- the number of open forms that ask for it.
-- Grain: one row per facet and value (facet in 'required_field', 'login_provider'; value).
WITH open_forms AS (
    SELECT post_url, required_fields, login_providers FROM audit_comment_forms
),

required AS (
    SELECT 'required_field' AS facet, unnest(required_fields) AS value, post_url FROM open_forms
),

providers AS (
    SELECT 'login_provider' AS facet, unnest(login_providers) AS value, post_url FROM open_forms
),

final AS (
    SELECT facet, value, count(DISTINCT post_url) AS forms_count,
           (SELECT count(*) FROM open_forms) AS open_forms_count
    FROM (SELECT * FROM required UNION ALL SELECT * FROM providers)
    GROUP BY ALL
)

SELECT * FROM final ORDER BY facet DESC, forms_count DESC, value;
