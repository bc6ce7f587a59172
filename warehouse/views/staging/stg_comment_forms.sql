-- stg_comment_forms: comment forms as seen by each crawl, with the number of required fields.
-- Grain: one row per run and post (run_id, post_url).
WITH comment_forms AS (
    SELECT * FROM main.comment_forms
),

final AS (
    SELECT
        comment_forms.*,
        len(comment_forms.required_fields) AS required_fields_count
    FROM comment_forms
)

SELECT * FROM final
