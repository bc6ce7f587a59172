-- int_latest_media_fetches: the latest answer the server gave for each media URL.
-- Grain: one row per site and media URL (site, url).
WITH fetches AS (
    SELECT * FROM media_fetches
),

final AS (
    SELECT *
    FROM fetches
    QUALIFY row_number() OVER (PARTITION BY site, url ORDER BY fetched_at DESC, run_id DESC) = 1
)

SELECT * FROM final
