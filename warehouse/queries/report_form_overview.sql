-- Report, comment-form audit: how the live posts' latest comment forms look, counted by kind and state.
-- Grain: one row per form kind, state and log-in requirement (form_kind, state, requires_login).
WITH forms AS (
    SELECT * FROM int_latest_comment_forms
),

final AS (
    SELECT
        coalesce(form_kind, 'none') AS form_kind,
        CASE WHEN NOT is_present THEN 'no form' WHEN is_open THEN 'open' ELSE 'closed' END AS state,
        coalesce(requires_login, false) AS requires_login,
        count(*) AS posts_count
    FROM forms
    GROUP BY ALL
)

SELECT * FROM final ORDER BY state DESC, posts_count DESC, form_kind;
