-- media_fetches: what the server answered for each media URL a crawl requested (the bytes are in the WARC files,
-- found through captures by run, URL and payload digest).
-- Grain: one row per run, site and media URL (run_id, site, url).
CREATE TABLE IF NOT EXISTS media_fetches (
    run_id          VARCHAR NOT NULL,
    site            VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    fetched_at      TIMESTAMPTZ NOT NULL,
    status          INTEGER,
    content_type    VARCHAR,
    byte_count      BIGINT,             -- bytes of the body as decoded (Content-Encoding undone)
    width           INTEGER,            -- pixels, from the image file's own header
    height          INTEGER,
    is_image        BOOLEAN NOT NULL,   -- the bytes are an image (PNG, GIF, JPEG, WebP or SVG), whatever the type says
    payload_digest  VARCHAR,            -- sha1:<base32> of the body as received, as in captures
    PRIMARY KEY (run_id, site, url)
);
