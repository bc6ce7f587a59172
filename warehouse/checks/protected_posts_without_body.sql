-- Check: a password-protected post's text is never archived (only its title and metadata are public).
-- severity: error
-- Failing rows: protected posts with body text.
SELECT site, post_url, length(body_text) AS body_chars
FROM posts
WHERE is_protected AND coalesce(body_text, '') <> ''
