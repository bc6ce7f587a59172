-- stg_post_versions: every version of every post's text, with a flag for the current one.
-- Grain: one row per post and version (post_url, version_no).
WITH post_versions AS (
    SELECT * FROM main.post_versions
),

final AS (
    SELECT
        post_versions.*,
        post_versions.valid_to IS NULL AS is_current
    FROM post_versions
)

SELECT * FROM final
