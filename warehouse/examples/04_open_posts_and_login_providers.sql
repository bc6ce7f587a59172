-- Posts still open for comments, with the log-in providers their form offers and the fields it requires.
SELECT
    title,
    CAST(published_at AS DATE) AS published,
    form_kind,
    login_providers,
    requires_login,
    required_fields
FROM audit_comment_forms
ORDER BY published_at DESC;
