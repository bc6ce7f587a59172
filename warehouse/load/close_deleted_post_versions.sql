-- Close the current version of each post the batch's runs marked deleted: valid_to = its deleted_at, with the
-- evidence and the run that found it.
UPDATE post_versions AS v
SET valid_to = d.deleted_at,
    closed_run_id = b.run_id,
    closed_reason = d.reason
FROM run_deleted_posts AS d
JOIN batch_runs AS b ON b.run_no = d.run_no
WHERE v.post_url = d.post_url
  AND v.valid_to IS NULL;
