-- post_field_sources: which source gave each field of a post in a run ('rest' when the REST API said it, 'page'
-- when only the post's page did, 'feed' for a feed's exact publication time).
-- Grain: one row per run, post and field (run_id, post_url, field).
CREATE TABLE IF NOT EXISTS post_field_sources (
    run_id    VARCHAR NOT NULL,
    site      VARCHAR NOT NULL,
    post_url  VARCHAR NOT NULL,
    field     VARCHAR NOT NULL,   -- title, author, published_at, categories, tags, body, post_url, comment_status, …
    source    VARCHAR NOT NULL,   -- rest | page | feed
    PRIMARY KEY (run_id, post_url, field)
);
