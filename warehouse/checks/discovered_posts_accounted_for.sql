-- Check: no silent loss. Every post a discovery source (REST, sitemap, feed, listing) listed in a succeeded run is
-- archived (in posts, by address or WordPress id) or named by one of that run's drops (a 404, a refusal, a failed
-- download, not a post, over --max-posts …). A failed run is already reported by its own error.
-- severity: error
-- Failing rows: the discovered posts nobody accounts for.
WITH succeeded AS (
    SELECT run_id, site FROM crawl_runs WHERE status = 'succeeded'
),

discovered AS (
    SELECT d.run_id, d.site, d.post_url, d.wp_post_id, d.sources, lower(rtrim(d.post_url, '/')) AS url_key
    FROM discovered_posts AS d
    JOIN succeeded USING (run_id, site)
),

archived AS (
    SELECT site, lower(rtrim(post_url, '/')) AS url_key, wp_post_id FROM posts
),

named AS (
    SELECT run_id, site, lower(rtrim(url, '/')) AS url_key FROM crawl_drops WHERE url IS NOT NULL
    UNION ALL
    SELECT run_id, site, lower(rtrim(detail, '/')) FROM crawl_drops WHERE detail IS NOT NULL
)

SELECT d.site, d.run_id, d.post_url, d.wp_post_id, d.sources
FROM discovered AS d
WHERE NOT EXISTS (SELECT 1 FROM archived AS a WHERE a.site = d.site
                  AND (a.url_key = d.url_key OR (d.wp_post_id IS NOT NULL AND a.wp_post_id = d.wp_post_id)))
  AND NOT EXISTS (SELECT 1 FROM named AS n WHERE n.run_id = d.run_id AND n.site = d.site AND n.url_key = d.url_key)
