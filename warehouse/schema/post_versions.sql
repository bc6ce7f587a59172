-- post_versions: every distinct version of every post's text (title + body), with when the archive saw it valid.
-- Grain: one row per post and version (post_url, version_no). A version opens when a crawl first sees a new
-- content_hash (or sees a deleted post again) and closes when the next version opens or the post is deleted.
-- Maintained by the loader in the run's transaction (load/record_post_versions.sql, close_deleted_post_versions.sql).
CREATE TABLE IF NOT EXISTS post_versions (
    site            VARCHAR NOT NULL,
    post_url        VARCHAR NOT NULL,
    wp_post_id      BIGINT,
    version_no      INTEGER NOT NULL,   -- 1, 2, … per post, in the order the archive saw them
    content_hash    VARCHAR NOT NULL,   -- posts.content_hash of this version (sha256 of title + body_text)
    title           VARCHAR,
    body_text       VARCHAR,            -- NULL while the post is password-protected
    is_protected    BOOLEAN NOT NULL,
    modified_at     TIMESTAMPTZ,        -- the post's modified time as the site gave it with this version
    valid_from      TIMESTAMPTZ NOT NULL,  -- the fetch that first saw this version
    valid_to        TIMESTAMPTZ,        -- the next version's valid_from, or the post's deleted_at; NULL = current
    run_id          VARCHAR NOT NULL,   -- the run that first saw this version
    closed_run_id   VARCHAR,            -- the run that closed it
    closed_reason   VARCHAR CHECK (closed_reason IN ('edited', 'gone_404', 'gone_410', 'moved', 'absent')),
    PRIMARY KEY (post_url, version_no)
);
