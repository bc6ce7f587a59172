-- Check: no e-mail address in author fields (WordPress never shows commenters' e-mail; one here is a leak).
-- severity: error
-- Failing rows: the records whose author fields hold something e-mail-like.
-- Also an address spelled so that a reader still reads one ("anna&#64;example.se", "per%40example.se",
-- fullwidth "＠"), and a website that is an address typed into the form ("http://anna@example.se").
WITH email_pattern AS (
    SELECT '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' AS pattern,
           '(?i)(＠|&#0*64;|&#x0*40;|&commat;|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}' AS spelled_pattern,
           '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@' AS userinfo_pattern
)

SELECT 'comments' AS relation, c.site, CAST(c.wp_comment_id AS VARCHAR) AS record, c.author_name AS value
FROM comments AS c, email_pattern
WHERE regexp_matches(coalesce(c.author_name, ''), pattern)
   OR regexp_matches(coalesce(c.author_name, ''), spelled_pattern)
   OR starts_with(lower(coalesce(c.author_url, '')), 'mailto:')
   OR regexp_matches(coalesce(c.author_url, ''), pattern)
   OR regexp_matches(coalesce(c.author_url, ''), spelled_pattern)
   OR regexp_matches(coalesce(c.author_url, ''), userinfo_pattern)
UNION ALL
SELECT 'posts', p.site, p.post_url, p.author
FROM posts AS p, email_pattern
WHERE regexp_matches(coalesce(p.author, ''), pattern)
   OR regexp_matches(coalesce(p.author, ''), spelled_pattern)
