-- Report, media audit per author: images on each author's live posts, and how many lack alt text.
-- Grain: one row per site and author (site_name, author).
SELECT
    site_name,
    coalesce(author, '—') AS author,
    count(*) AS images_count,
    count(*) FILTER (WHERE NOT has_alt_text) AS without_alt_count,
    count(*) FILTER (WHERE is_broken) AS broken_count,
    count(*) FILTER (WHERE status IS NULL) AS not_fetched_count
FROM audit_media
GROUP BY ALL
ORDER BY without_alt_count DESC, images_count DESC, site_name, author;
