-- The recorded outcome of one run for one site, if any. Parameters: $run_id, $site.
SELECT status, failed_step FROM crawl_runs WHERE run_id = $run_id AND site = $site;
