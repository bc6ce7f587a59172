-- Replace the drops of each run in the batch.
DELETE FROM crawl_drops AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO crawl_drops (run_id, site, line_no, url, reason, detail, error, fetched_at)
SELECT b.run_id, b.site, line_no, url, reason, detail, r.error, fetched_at
FROM run_drops AS r JOIN batch_runs AS b USING (run_no);
