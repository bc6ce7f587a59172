-- erased_comments: the comments `wparchive forget` erased at their author's request. Their rows in `comments` stay,
-- as the fact that a comment existed (its place in the thread, its time, its replies' parent), with author_name,
-- author_url and body_text NULL; later loads never fill them again nor mark them removed.
-- Grain: one row per erased comment (site, wp_comment_id).
CREATE TABLE IF NOT EXISTS erased_comments (
    site           VARCHAR NOT NULL,
    wp_comment_id  BIGINT NOT NULL,
    erasure_id     VARCHAR NOT NULL,   -- → erasures.erasure_id
    erased_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site, wp_comment_id)
);
