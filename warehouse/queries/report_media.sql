-- Report, media audit: images on live posts that need attention (no alt text, broken, never fetched), worst first,
-- with the counts behind the section's summary. Parameters: $limit.
-- Grain: one row per image with a problem (post_url, url); the *_count columns repeat the totals over all images.
WITH images AS (
    SELECT * FROM audit_media
),

totals AS (
    SELECT
        count(*) AS images_count,
        count(*) FILTER (WHERE NOT has_alt_text) AS without_alt_count,
        count(*) FILTER (WHERE is_broken) AS broken_count,
        count(*) FILTER (WHERE status IS NULL) AS not_fetched_count
    FROM images
)

SELECT
    images.site_name,
    images.post_url,
    images.title,
    images.author,
    images.url,
    images.kind,
    images.problem,
    totals.images_count,
    totals.without_alt_count,
    totals.broken_count,
    totals.not_fetched_count
FROM images, totals
WHERE images.problem IS NOT NULL
ORDER BY images.is_broken DESC, images.published_at DESC NULLS LAST, images.post_url, images.position, images.url
LIMIT $limit;
