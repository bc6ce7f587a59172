-- Replace this run's quarantined records for this site. Parameters: $run_id, $site, $now.
DELETE FROM quarantine WHERE run_id = $run_id AND site = $site;
INSERT INTO quarantine (run_id, site, source_file, line_no, reason, raw_line, quarantined_at)
SELECT $run_id, $site, source_file, line_no, reason, raw_line, $now
FROM run_quarantine;
