-- stg_media: media rows with their state spelled out. Grain: one row per site, post, kind and media URL.
WITH media_rows AS (
    SELECT * FROM media
),

final AS (
    SELECT
        media_rows.*,
        media_rows.removed_at IS NULL AS is_current,
        media_rows.kind IN ('image', 'featured_image') AS is_image_kind
    FROM media_rows
)

SELECT * FROM final
