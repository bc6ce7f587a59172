-- audit_comment_forms: live posts open for comments, with what the latest crawl saw their form ask for.
-- Grain: one row per live post whose latest comment form is open (post_url).
WITH forms AS (
    SELECT * FROM int_latest_comment_forms WHERE is_open
),

live_posts AS (
    SELECT post_url, site_name, title, published_at, comment_status FROM int_live_posts
),

final AS (
    SELECT
        forms.site,
        live_posts.site_name,
        forms.post_url,
        live_posts.title,
        live_posts.published_at,
        forms.form_kind,
        forms.required_fields,
        forms.fields,
        forms.login_providers,
        forms.requires_login,
        forms.has_cookie_consent,
        forms.has_subscription_options,
        forms.action_url,
        forms.crawled_at,
        forms.run_id
    FROM forms
    JOIN live_posts USING (post_url)
)

SELECT * FROM final
