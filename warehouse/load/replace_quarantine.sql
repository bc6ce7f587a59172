-- Replace the quarantined records of each run in the batch. Parameters: $now.
DELETE FROM quarantine AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO quarantine (run_id, site, source_file, line_no, reason, raw_line, quarantined_at)
SELECT b.run_id, b.site, source_file, line_no, reason, raw_line, $now
FROM run_quarantine AS r JOIN batch_runs AS b USING (run_no);
