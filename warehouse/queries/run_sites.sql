-- The sites a run has a crawl_runs row for (loaded, or recorded as failed). Parameters: $run_id.
SELECT site FROM crawl_runs WHERE run_id = $run_id ORDER BY site;
