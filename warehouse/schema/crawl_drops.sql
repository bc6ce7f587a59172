-- crawl_drops: pages or requests the crawler could not turn into items, with its reason (drops.jsonl).
-- Grain: one row per run, site and line of drops.jsonl (run_id, site, line_no).
CREATE TABLE IF NOT EXISTS crawl_drops (
    run_id      VARCHAR NOT NULL,
    site        VARCHAR NOT NULL,
    line_no     INTEGER NOT NULL,
    url         VARCHAR,
    reason      VARCHAR NOT NULL,   -- gone_404, not_a_post, refused_trap, download_failed, …
    detail      VARCHAR,            -- for a post page: the post's URL as discovery found it
    error       VARCHAR,            -- the failure in words, when a download failed
    fetched_at  TIMESTAMPTZ,
    PRIMARY KEY (run_id, site, line_no)
);
