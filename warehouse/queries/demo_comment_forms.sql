-- The demo's second table: what the comment forms ask of readers, counted over the live posts.
SELECT
    coalesce(form_kind, '(none)') AS form_kind,
    is_open,
    required_fields,
    login_providers,
    count(*) AS posts
FROM int_latest_comment_forms
GROUP BY ALL
ORDER BY posts DESC;
