-- audit_media_changes: images that appeared on or went from a post after the archive first saw the post's
-- pictures (an image swapped for another is one 'removed' and one 'added' row from the same run).
-- Grain: one row per post, image URL and change (site, post_url, kind, url, change).
WITH images AS (
    SELECT * FROM stg_media WHERE is_image_kind
),

post_first_seen AS (
    SELECT site, post_url, min(first_seen_at) AS post_media_first_seen_at
    FROM stg_media
    GROUP BY site, post_url
),

changes AS (
    SELECT images.site, images.post_url, images.kind, images.url, images.alt_text, 'added' AS change,
           images.first_seen_at AS changed_at, images.first_seen_run_id AS run_id
    FROM images
    JOIN post_first_seen USING (site, post_url)
    WHERE images.first_seen_at > post_first_seen.post_media_first_seen_at
    UNION ALL
    SELECT site, post_url, kind, url, alt_text, 'removed' AS change, removed_at AS changed_at,
           removed_run_id AS run_id
    FROM images
    WHERE removed_at IS NOT NULL
),

final AS (
    SELECT changes.*, posts.title
    FROM changes
    LEFT JOIN stg_posts AS posts USING (post_url)
)

SELECT * FROM final
