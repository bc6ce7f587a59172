-- Crawl state, the posts: every live post of each site with what the incremental crawler compares with the REST
-- listing: its modified time, comment status, and the ids of its comments the REST API shows (approved comments
-- of type 'comment' that are not removed; REST lists no pingbacks or trackbacks to anonymous readers).
-- Grain: one row per site and live post (post_url). Parameters: $sites (a list of site URLs).
SELECT
    p.site,
    p.wp_post_id,
    p.post_url,
    p.modified_at,
    p.comment_status,
    p.is_protected,
    list(c.wp_comment_id ORDER BY c.wp_comment_id) FILTER (WHERE c.wp_comment_id IS NOT NULL) AS comment_ids
FROM posts AS p
LEFT JOIN comments AS c
    ON c.site = p.site
   AND c.post_url = p.post_url
   AND c.comment_type = 'comment'
   AND c.removed_at IS NULL
WHERE p.site IN (SELECT unnest($sites::VARCHAR[]))
  AND p.deleted_at IS NULL
GROUP BY p.site, p.wp_post_id, p.post_url, p.modified_at, p.comment_status, p.is_protected
ORDER BY p.site, p.wp_post_id NULLS LAST, p.post_url;
