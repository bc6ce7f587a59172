-- Replace the comment forms of each run in the batch (delete + insert keeps a reload a no-op).
DELETE FROM comment_forms AS old
WHERE EXISTS (SELECT 1 FROM batch_runs AS b WHERE b.run_id = old.run_id AND b.site = old.site);
INSERT INTO comment_forms (
    run_id, post_url, site, wp_post_id, crawled_at, is_present, is_open, form_kind, closed_notice, action_url,
    method, fields, required_fields, hidden_fields, login_providers, requires_login, has_cookie_consent,
    has_subscription_options
)
SELECT b.run_id, post_url, r.site, wp_post_id, fetched_at, is_present, is_open, form_kind, closed_notice, action_url,
       method, fields, required_fields, hidden_fields, login_providers, requires_login, has_cookie_consent,
       has_subscription_options
FROM run_comment_forms AS r JOIN batch_runs AS b USING (run_no);
