-- Posts whose text (title or body) was edited in the last 30 days, newest edit first, with what changed. An edit
-- is a new text the archive saw against its earlier copy (audit_changes 'post_edited'): closing comments or
-- changing categories moves WordPress's own modified time (modified_at) but is not an edit.
SELECT
    posts.title,
    CAST(posts.published_at AS DATE) AS published,
    posts.modified_at,
    changes.changed_at AS edit_seen_at,
    changes.detail AS what_changed,
    posts.post_url
FROM audit_changes AS changes
JOIN current_posts AS posts USING (site, post_url)
WHERE changes.change_kind = 'post_edited'
  AND changes.changed_at >= now() - INTERVAL 30 DAY
ORDER BY edit_seen_at DESC, posts.post_url;
