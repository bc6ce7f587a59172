-- Rows per table, live and in total, per site.
SELECT p.site,
       count(*) FILTER (WHERE p.deleted_at IS NULL) AS live_posts,
       count(*) FILTER (WHERE p.deleted_at IS NOT NULL) AS deleted_posts,
       (SELECT count(*) FROM comments AS c WHERE c.site = p.site AND c.removed_at IS NULL) AS live_comments,
       (SELECT count(*) FROM comments AS c WHERE c.site = p.site AND c.removed_at IS NOT NULL) AS removed_comments,
       (SELECT count(*) FROM quarantine AS q WHERE q.site = p.site) AS quarantined,
       (SELECT max(last_seen_at) FROM posts AS x WHERE x.site = p.site) AS last_seen_at
FROM posts AS p
GROUP BY p.site
ORDER BY p.site;
