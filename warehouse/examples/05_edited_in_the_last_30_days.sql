-- Posts edited in the last 30 days (the site's own modification time, which WordPress's REST API gives),
-- newest edit first. A post never edited after publication has modified_at = published_at.
SELECT
    title,
    CAST(published_at AS DATE) AS published,
    modified_at,
    post_url
FROM int_live_posts
WHERE modified_at >= now() - INTERVAL 30 DAY
  AND modified_at > published_at
ORDER BY modified_at DESC;
