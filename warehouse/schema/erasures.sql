-- erasures: the proof that `wparchive forget` erased someone — when, by which kind of key, how much — and nothing
-- about who (no name, URL, comment id or text; the erasure list holds only salted hashes of the keys).
-- Grain: one row per erasure (erasure_id).
CREATE TABLE IF NOT EXISTS erasures (
    erasure_id          VARCHAR PRIMARY KEY,
    erased_at           TIMESTAMPTZ NOT NULL,
    key_kind            VARCHAR NOT NULL CHECK (key_kind IN ('name', 'comment_id', 'url')),
    comments_count      INTEGER NOT NULL,   -- comments made placeholders (rows kept, personal fields NULL)
    rows_count          INTEGER NOT NULL,   -- table rows changed in all (comments, quarantine, post text, …)
    warc_records_count  INTEGER NOT NULL,   -- WARC records rewritten (payloads redacted, revisits re-pointed)
    warc_files_count    INTEGER NOT NULL,   -- WARC files rewritten
    files_count         INTEGER NOT NULL,   -- other files on disk changed (run-directory JSONL, reports, exports)
    command             VARCHAR NOT NULL    -- e.g. 'wparchive forget --name'
);
