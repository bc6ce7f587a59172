-- What the archive holds per site (by its name): posts live and deleted, comments shown and removed, records
-- quarantined, and when a crawl last read a post.
SELECT coalesce(s.name, p.site) AS site,
       count(*) FILTER (WHERE p.deleted_at IS NULL) AS live_posts,
       count(*) FILTER (WHERE p.deleted_at IS NOT NULL) AS deleted_posts,
       (SELECT count(*) FROM comments AS c WHERE c.site = p.site AND c.removed_at IS NULL) AS live_comments,
       (SELECT count(*) FROM comments AS c WHERE c.site = p.site AND c.removed_at IS NOT NULL) AS removed_comments,
       (SELECT count(*) FROM quarantine AS q WHERE q.site = p.site) AS quarantined,
       strftime(max(p.last_seen_at), '%Y-%m-%d') AS last_read
FROM posts AS p
LEFT JOIN sites AS s USING (site)
GROUP BY p.site, s.name
ORDER BY site;
