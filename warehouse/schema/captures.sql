-- captures: the raw archive's index — every HTTP response a crawl received, where its bytes are in the WARC files.
-- Grain: one row per captured response (run_id, site, warc_file, warc_offset). A revisit (is_revisit) stored
-- only its status and headers; its payload is the record at refers_to_warc_file/refers_to_warc_offset.
CREATE TABLE IF NOT EXISTS captures (
    site                   VARCHAR NOT NULL,
    run_id                 VARCHAR NOT NULL,
    url                    VARCHAR NOT NULL,   -- WARC-Target-URI: the URL as requested (before any redirect)
    method                 VARCHAR NOT NULL,
    fetched_at             TIMESTAMPTZ NOT NULL,
    status                 INTEGER NOT NULL,
    warc_file              VARCHAR NOT NULL,   -- absolute path of the WARC file
    warc_offset            BIGINT NOT NULL,    -- byte offset of the record's gzip member
    warc_length            BIGINT NOT NULL,    -- bytes of that member
    record_id              VARCHAR,            -- WARC-Record-ID
    payload_digest         VARCHAR,            -- sha1:<base32> of the body as received (WARC-Payload-Digest)
    payload_length         BIGINT,             -- bytes of that body
    content_type           VARCHAR,
    content_encoding       VARCHAR,            -- e.g. gzip: the body is stored as it came off the wire
    is_revisit             BOOLEAN NOT NULL,
    refers_to_url          VARCHAR,            -- a revisit's original: its URL, time and record
    refers_to_fetched_at   TIMESTAMPTZ,
    refers_to_record_id    VARCHAR,
    refers_to_warc_file    VARCHAR,
    refers_to_warc_offset  BIGINT,
    refers_to_warc_length  BIGINT,
    PRIMARY KEY (run_id, site, warc_file, warc_offset)
);
