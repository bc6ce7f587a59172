-- Close the current version of each post this run marked deleted: valid_to = its deleted_at, with the evidence.
-- Parameters: $run_id.
UPDATE post_versions AS v
SET valid_to = d.deleted_at,
    closed_run_id = $run_id,
    closed_reason = d.reason
FROM run_deleted_posts AS d
WHERE v.post_url = d.post_url
  AND v.valid_to IS NULL;
