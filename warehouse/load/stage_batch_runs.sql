-- Stage the runs of one load batch from their manifests (bound as one list: the loader read them already).
-- Grain: one row per run; run_no, its place in the batch, is the key every run_* staging table carries.
-- Parameters: $runs, a list of structs with the manifest's fields (stats as JSON text).
CREATE OR REPLACE TEMP TABLE batch_runs AS
WITH listed AS (
    SELECT generate_subscripts($runs, 1) AS run_no, unnest($runs) AS run
)

SELECT run_no,
       CAST(run.run_id AS VARCHAR) AS run_id,
       CAST(run.site AS VARCHAR) AS site,
       CAST(run.site_name AS VARCHAR) AS site_name,
       CAST(run.language AS VARCHAR) AS language,
       CAST(run.timezone AS VARCHAR) AS timezone,
       CAST(run.profile AS VARCHAR) AS profile,
       CAST(run.status AS VARCHAR) AS status,
       CAST(run.failed_step AS VARCHAR) AS failed_step,
       CAST(run.error AS VARCHAR) AS error,
       CAST(run.is_complete AS BOOLEAN) AS is_complete,
       CAST(run.mode AS VARCHAR) AS mode,
       CAST(run.finish_reason AS VARCHAR) AS finish_reason,
       CAST(run.started_at AS TIMESTAMPTZ) AS started_at,
       CAST(run.finished_at AS TIMESTAMPTZ) AS finished_at,
       CAST(run.requests_count AS BIGINT) AS requests_count,
       CAST(run.responses_count AS BIGINT) AS responses_count,
       CAST(run.run_dir AS VARCHAR) AS run_dir,
       CAST(run.stats AS JSON) AS stats
FROM listed;
