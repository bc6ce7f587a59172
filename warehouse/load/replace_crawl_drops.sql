-- Replace this run's drops for this site. Parameters: $run_id, $site.
DELETE FROM crawl_drops WHERE run_id = $run_id AND site = $site;
INSERT INTO crawl_drops (run_id, site, line_no, url, reason, detail, error, fetched_at)
SELECT $run_id, $site, line_no, url, reason, detail, error, fetched_at
FROM run_drops;
