-- Report, media audit: images on live posts that need attention (no alt text, broken, never fetched), worst first.
-- Parameters: $limit. Grain: one row per image with a problem (post_url, url). The section's totals are the sums of
-- report_media_authors.sql.
SELECT site_name, post_url, title, author, url, kind, problem
FROM audit_media
WHERE problem IS NOT NULL
ORDER BY is_broken DESC, published_at DESC NULLS LAST, post_url, position, url
LIMIT $limit;
