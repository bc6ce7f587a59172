-- audit_media: every image a live post shows now (in its text, or as its featured image), with what the archive
-- knows of it and what is wrong with it: no alt text (an accessibility requirement), broken (the server answered
-- an error, or bytes that are not an image), or never fetched (capture off, or a cap).
-- Grain: one row per live post and image URL shown (site, post_url, kind, url).
WITH images AS (
    SELECT * FROM stg_media WHERE is_current AND is_image_kind
),

live_posts AS (
    SELECT post_url, site_name, title, author, published_at FROM int_live_posts
),

fetches AS (
    SELECT site, url, status, content_type, byte_count, width, height, is_image, payload_digest,
           fetched_at AS last_fetched_at
    FROM int_latest_media_fetches
),

final AS (
    SELECT
        images.site,
        live_posts.site_name,
        images.post_url,
        live_posts.title,
        live_posts.author,
        live_posts.published_at,
        images.kind,
        images.url,
        images.position,
        images.alt_text,
        coalesce(trim(images.alt_text), '') <> '' AS has_alt_text,
        images.caption,
        fetches.status,
        fetches.content_type,
        fetches.byte_count,
        fetches.width,
        fetches.height,
        fetches.payload_digest,
        -- a redirect the crawl did not follow (to another host: a CDN) is no broken image, only one not archived
        fetches.status IS NOT NULL AND fetches.status NOT BETWEEN 300 AND 399
            AND (fetches.status >= 400 OR NOT fetches.is_image) AS is_broken,
        CASE
            WHEN fetches.status IS NULL THEN 'not fetched'
            WHEN fetches.status BETWEEN 300 AND 399 THEN 'not fetched: redirected to another host (HTTP '
                                                          || fetches.status || ')'
            WHEN fetches.status >= 400 THEN 'broken: HTTP ' || fetches.status
            WHEN NOT fetches.is_image THEN 'broken: not an image (' || coalesce(fetches.content_type, 'no type') || ')'
            WHEN coalesce(trim(images.alt_text), '') = '' THEN 'no alt text'
        END AS problem,
        images.first_seen_at,
        images.last_seen_at,
        fetches.last_fetched_at
    FROM images
    JOIN live_posts USING (post_url)
    LEFT JOIN fetches ON fetches.site = images.site AND fetches.url = images.url
)

SELECT * FROM final
