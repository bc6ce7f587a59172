-- check_results: the outcome of every data check after each run (checks/*.sql return failing rows).
-- Grain: one row per run and check (run_id, check_name).
CREATE TABLE IF NOT EXISTS check_results (
    run_id         VARCHAR NOT NULL,
    check_name     VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL CHECK (severity IN ('error', 'warn')),
    failing_rows   BIGINT NOT NULL,
    sample         JSON,               -- up to 5 failing rows
    checked_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, check_name)
);
