-- Check: no e-mail address in author fields (WordPress never shows commenters' e-mail; one here is a leak).
-- severity: error
-- Failing rows: the records whose author fields hold something e-mail-like.
WITH email_pattern AS (
    SELECT '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' AS pattern
)

SELECT 'comments' AS relation, c.site, CAST(c.wp_comment_id AS VARCHAR) AS record, c.author_name AS value
FROM comments AS c, email_pattern
WHERE regexp_matches(coalesce(c.author_name, ''), pattern)
   OR starts_with(lower(coalesce(c.author_url, '')), 'mailto:')
   OR (regexp_matches(coalesce(c.author_url, ''), pattern) AND NOT regexp_matches(c.author_url, '^https?://'))
UNION ALL
SELECT 'posts', p.site, p.post_url, p.author
FROM posts AS p, email_pattern
WHERE regexp_matches(coalesce(p.author, ''), pattern)
