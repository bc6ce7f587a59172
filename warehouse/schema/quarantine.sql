-- quarantine: records of a run that failed validation, kept verbatim with the reason (nothing is dropped silently).
-- Grain: one row per run, site, file and line (run_id, site, source_file, line_no).
CREATE TABLE IF NOT EXISTS quarantine (
    run_id          VARCHAR NOT NULL,
    site            VARCHAR NOT NULL,
    source_file     VARCHAR NOT NULL,   -- 'posts.jsonl', 'comments.jsonl', …
    line_no         INTEGER NOT NULL,   -- 1-based
    reason          VARCHAR NOT NULL,
    raw_line        VARCHAR NOT NULL,
    quarantined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, site, source_file, line_no)
);
