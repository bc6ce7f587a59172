-- posts: every public post ever archived, in its latest known state.
-- Grain: one row per post (post_url). A post no longer served by a complete crawl keeps its row with deleted_at.
CREATE TABLE IF NOT EXISTS posts (
    post_url          VARCHAR PRIMARY KEY,
    site              VARCHAR NOT NULL,
    wp_post_id        BIGINT,
    title             VARCHAR,
    author            VARCHAR,
    published_at      TIMESTAMPTZ,
    modified_at       TIMESTAMPTZ,
    categories        VARCHAR[] NOT NULL,
    tags              VARCHAR[] NOT NULL,
    body_text         VARCHAR,
    language          VARCHAR,
    comment_status    VARCHAR,
    is_protected      BOOLEAN NOT NULL,
    comment_count     BIGINT,
    content_hash      VARCHAR NOT NULL,   -- sha256 of title + body_text: changes when the text changes
    source            VARCHAR,            -- how the crawler found it: 'html', 'rest+html', …
    first_seen_at     TIMESTAMPTZ NOT NULL,
    last_seen_at      TIMESTAMPTZ NOT NULL,
    last_seen_run_id  VARCHAR NOT NULL,
    deleted_at        TIMESTAMPTZ
);
