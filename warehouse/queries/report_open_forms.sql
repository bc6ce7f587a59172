-- Report, comment-form audit: live posts still open for comments, newest first, with what their form asks.
-- Parameters: $limit. Grain: one row per open post (post_url); open_forms_count is the total before the limit.
SELECT
    site_name,
    post_url,
    title,
    strftime(published_at, '%Y-%m-%d') AS published,
    form_kind,
    required_fields,
    login_providers,
    requires_login,
    has_cookie_consent,
    has_subscription_options,
    count(*) OVER () AS open_forms_count
FROM audit_comment_forms
ORDER BY published_at DESC, post_url
LIMIT $limit;
