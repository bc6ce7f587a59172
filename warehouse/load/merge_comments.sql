-- Merge the staged run_comments of every run in the batch into comments (current state), newest observation wins (as merge_posts).
-- first_seen_run_id follows first_seen_at; a comment seen again after its removal is shown again (removed_at and
-- removed_run_id NULL). An erased comment (wparchive forget) is never filled again.
MERGE INTO comments AS c
USING (SELECT run_comments.*, b.run_id FROM run_comments JOIN batch_runs AS b USING (run_no)) AS r
ON c.site = r.site AND c.wp_comment_id = r.wp_comment_id
WHEN MATCHED AND r.fetched_at >= c.last_seen_at
     AND NOT EXISTS (SELECT 1 FROM erased_comments AS e WHERE e.site = c.site AND e.wp_comment_id = c.wp_comment_id)
THEN UPDATE SET
    post_url = r.post_url,
    wp_post_id = r.wp_post_id,
    parent_wp_comment_id = r.parent_wp_comment_id,
    author_name = r.author_name,
    author_url = r.author_url,
    published_at = r.published_at,
    body_text = r.body_text,
    depth = r.depth,
    comment_type = r.comment_type,
    content_hash = r.content_hash,
    source = r.source,
    first_seen_at = least(c.first_seen_at, r.fetched_at),
    last_seen_at = r.fetched_at,
    last_seen_run_id = r.run_id,
    removed_at = CASE WHEN c.removed_at > r.fetched_at THEN c.removed_at END,
    removed_run_id = CASE WHEN c.removed_at > r.fetched_at THEN c.removed_run_id END
WHEN MATCHED THEN UPDATE SET
    first_seen_at = least(c.first_seen_at, r.fetched_at),
    first_seen_run_id = CASE WHEN r.fetched_at < c.first_seen_at THEN r.run_id ELSE c.first_seen_run_id END
WHEN NOT MATCHED THEN INSERT (
    site, wp_comment_id, post_url, wp_post_id, parent_wp_comment_id, author_name, author_url, published_at,
    body_text, depth, comment_type, content_hash, source, first_seen_at, last_seen_at, last_seen_run_id, removed_at,
    first_seen_run_id, removed_run_id
) VALUES (
    r.site, r.wp_comment_id, r.post_url, r.wp_post_id, r.parent_wp_comment_id, r.author_name, r.author_url,
    r.published_at, r.body_text, r.depth, r.comment_type, r.content_hash, r.source, r.fetched_at, r.fetched_at,
    r.run_id, NULL, r.run_id, NULL
);
