-- Merge the staged run_posts of every run in the batch into posts (current state). Order-independent: the newest
-- observation wins, first_seen_at only moves back, and a deletion recorded after this observation stays.
MERGE INTO posts AS p
USING (SELECT run_posts.*, b.run_id FROM run_posts JOIN batch_runs AS b USING (run_no)) AS r
ON p.post_url = r.post_url
WHEN MATCHED AND r.fetched_at >= p.last_seen_at THEN UPDATE SET
    site = r.site,
    wp_post_id = r.wp_post_id,
    title = r.title,
    author = r.author,
    published_at = r.published_at,
    modified_at = r.modified_at,
    categories = r.categories,
    tags = r.tags,
    body_text = r.body_text,
    language = r.language,
    comment_status = r.comment_status,
    is_protected = r.is_protected,
    comment_count = r.comment_count,
    content_hash = r.content_hash,
    source = r.source,
    first_seen_at = least(p.first_seen_at, r.fetched_at),
    last_seen_at = r.fetched_at,
    last_seen_run_id = r.run_id,
    deleted_at = CASE WHEN p.deleted_at > r.fetched_at THEN p.deleted_at END
WHEN MATCHED THEN UPDATE SET
    first_seen_at = least(p.first_seen_at, r.fetched_at)
WHEN NOT MATCHED THEN INSERT (
    post_url, site, wp_post_id, title, author, published_at, modified_at, categories, tags, body_text, language,
    comment_status, is_protected, comment_count, content_hash, source, first_seen_at, last_seen_at,
    last_seen_run_id, deleted_at
) VALUES (
    r.post_url, r.site, r.wp_post_id, r.title, r.author, r.published_at, r.modified_at, r.categories, r.tags,
    r.body_text, r.language, r.comment_status, r.is_protected, r.comment_count, r.content_hash, r.source,
    r.fetched_at, r.fetched_at, r.run_id, NULL
);
