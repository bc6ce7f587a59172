-- crawl_runs: what each nightly run did for each site: crawl times, outcome, counts, and why it failed.
-- Grain: one row per run and site (run_id, site). Written in the same transaction as the run's data.
CREATE TABLE IF NOT EXISTS crawl_runs (
    run_id                  VARCHAR NOT NULL,
    site                    VARCHAR NOT NULL,
    status                  VARCHAR NOT NULL CHECK (status IN ('succeeded', 'failed')),
    failed_step             VARCHAR CHECK (failed_step IN ('crawl', 'clean', 'load')),
    error                   VARCHAR,      -- why the run failed, in a sentence; NULL when it succeeded
    is_complete             BOOLEAN NOT NULL,  -- finished and uncapped: did all it set out to do (see README)
    finish_reason           VARCHAR,      -- Scrapy's close reason ('finished', 'shutdown', …)
    started_at              TIMESTAMPTZ,  -- crawl start (NULL when the crawler never started)
    finished_at             TIMESTAMPTZ,  -- crawl end
    loaded_at               TIMESTAMPTZ NOT NULL,
    requests_count          BIGINT NOT NULL DEFAULT 0,
    responses_count         BIGINT NOT NULL DEFAULT 0,
    posts_count             BIGINT NOT NULL DEFAULT 0,  -- posts loaded from this run
    comments_count          BIGINT NOT NULL DEFAULT 0,
    comment_forms_count     BIGINT NOT NULL DEFAULT 0,
    drops_count             BIGINT NOT NULL DEFAULT 0,
    quarantined_count       BIGINT NOT NULL DEFAULT 0,
    posts_deleted_count     BIGINT NOT NULL DEFAULT 0,  -- posts this run marked deleted_at
    comments_removed_count  BIGINT NOT NULL DEFAULT 0,  -- comments this run marked removed_at
    run_dir                 VARCHAR,      -- where the run's JSONL files are
    stats                   JSON,         -- the crawler's stats.json, verbatim
    -- stats.json's mode: 'full' (every public post fetched) or 'incremental' (only new and changed posts)
    mode                    VARCHAR NOT NULL DEFAULT 'full' CHECK (mode IN ('full', 'incremental')),
    -- a failed run that was stopped by a signal (SIGINT, SIGTERM) before it finished, not one that went wrong
    is_interrupted          BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (run_id, site)
);
-- Archives created before crawl modes existed: every run they hold was a full crawl.
ALTER TABLE crawl_runs ADD COLUMN IF NOT EXISTS mode VARCHAR DEFAULT 'full';
-- Archives created before interruptions were recorded: none of their runs was.
ALTER TABLE crawl_runs ADD COLUMN IF NOT EXISTS is_interrupted BOOLEAN DEFAULT false;
