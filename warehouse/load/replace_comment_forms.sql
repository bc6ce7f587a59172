-- Replace this run's comment forms for this site (delete + insert keeps a reload a no-op).
-- Parameters: $run_id, $site.
DELETE FROM comment_forms WHERE run_id = $run_id AND site = $site;
INSERT INTO comment_forms (
    run_id, post_url, site, wp_post_id, crawled_at, is_present, is_open, form_kind, closed_notice, action_url,
    method, fields, required_fields, hidden_fields, login_providers, requires_login, has_cookie_consent,
    has_subscription_options
)
SELECT $run_id, post_url, site, wp_post_id, fetched_at, is_present, is_open, form_kind, closed_notice, action_url,
       method, fields, required_fields, hidden_fields, login_providers, requires_login, has_cookie_consent,
       has_subscription_options
FROM run_comment_forms;
