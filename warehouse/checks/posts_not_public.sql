-- Check: no draft, preview, scheduled or private post leaks in: preview addresses (WordPress's own preview
-- parameters; a plain ?p=123 is an ordinary permalink under the default setting), or a publication time later
-- than the moment we first saw the post (a scheduled post read through a preview).
-- severity: error
-- Failing rows: the suspicious posts with why.
SELECT site, post_url, published_at, first_seen_at,
       CASE WHEN regexp_matches(post_url, '[?&](preview|preview_id|preview_nonce)=') THEN 'preview address'
            ELSE 'published after it was first seen' END AS why
FROM posts
WHERE regexp_matches(post_url, '[?&](preview|preview_id|preview_nonce)=')
   OR published_at > first_seen_at + INTERVAL 1 DAY
