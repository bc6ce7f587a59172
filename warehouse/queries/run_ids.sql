-- Every run id the archive records (to tell which runs of a working copy are published).
SELECT DISTINCT run_id FROM crawl_runs ORDER BY run_id;
