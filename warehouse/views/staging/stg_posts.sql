-- stg_posts: posts as loaded, with the site's name and time zone attached and a deletion flag.
-- Grain: one row per post (post_url), deleted ones included.
WITH posts AS (
    SELECT * FROM main.posts
),

sites AS (
    SELECT site, name AS site_name, timezone FROM main.sites
),

final AS (
    SELECT
        posts.*,
        coalesce(sites.site_name, posts.site) AS site_name,
        coalesce(sites.timezone, 'Europe/Stockholm') AS site_timezone,
        posts.deleted_at IS NOT NULL AS is_deleted
    FROM posts
    LEFT JOIN sites USING (site)
)

SELECT * FROM final
