-- comments: every approved public comment (and pingback/trackback) ever archived, in its latest known state.
-- Grain: one row per comment (site, wp_comment_id). A comment gone from a complete crawl keeps its row with removed_at.
CREATE TABLE IF NOT EXISTS comments (
    site                  VARCHAR NOT NULL,
    wp_comment_id         BIGINT NOT NULL,
    post_url              VARCHAR NOT NULL,
    wp_post_id            BIGINT,
    parent_wp_comment_id  BIGINT,          -- NULL at top level
    author_name           VARCHAR,
    author_url            VARCHAR,
    published_at          TIMESTAMPTZ,
    body_text             VARCHAR,
    depth                 INTEGER,         -- 1 at top level
    comment_type          VARCHAR NOT NULL,  -- 'comment' | 'pingback' | 'trackback'
    content_hash          VARCHAR NOT NULL,
    source                VARCHAR,         -- 'rest' | 'html'
    first_seen_at         TIMESTAMPTZ NOT NULL,
    last_seen_at          TIMESTAMPTZ NOT NULL,
    last_seen_run_id      VARCHAR NOT NULL,
    removed_at            TIMESTAMPTZ,
    first_seen_run_id     VARCHAR,         -- the run of first_seen_at
    removed_run_id        VARCHAR,         -- the run that set removed_at; NULL while shown
    PRIMARY KEY (site, wp_comment_id)
);
-- Archives created before these columns existed (load/backfill_history.sql fills them).
ALTER TABLE comments ADD COLUMN IF NOT EXISTS first_seen_run_id VARCHAR;
ALTER TABLE comments ADD COLUMN IF NOT EXISTS removed_run_id VARCHAR;
