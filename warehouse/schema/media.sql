-- media: the images and page requisites each post's page showed or needed, across runs (the archive's memory of
-- a post's pictures: what was there, since when, and when it went).
-- Grain: one row per site, post, kind and media URL (site, post_url, kind, url). A row whose post a later crawl
-- read again without it gets removed_at; a row seen again after removal is current again (removed_at NULL).
CREATE TABLE IF NOT EXISTS media (
    site                VARCHAR NOT NULL,
    post_url            VARCHAR NOT NULL,
    wp_post_id          BIGINT,
    kind                VARCHAR NOT NULL,   -- image | featured_image | stylesheet | script | font | icon
    url                 VARCHAR NOT NULL,   -- absolute; for an image the src, and also srcset's largest candidate
    position            INTEGER NOT NULL,   -- order on the page within its kind
    alt_text            VARCHAR,            -- NULL: no alt attribute; '': empty alt
    caption             VARCHAR,
    declared_width      INTEGER,            -- the img tag's width/height attributes
    declared_height     INTEGER,
    first_seen_at       TIMESTAMPTZ NOT NULL,
    first_seen_run_id   VARCHAR NOT NULL,
    last_seen_at        TIMESTAMPTZ NOT NULL,
    last_seen_run_id    VARCHAR NOT NULL,
    removed_at          TIMESTAMPTZ,        -- a crawl read the post again and it no longer showed this
    removed_run_id      VARCHAR,
    PRIMARY KEY (site, post_url, kind, url)
);
