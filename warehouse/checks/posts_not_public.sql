-- Check: no draft or preview leaks in: preview addresses (WordPress's own preview parameters; a plain ?p=123 is an
-- ordinary permalink under the default setting). A scheduled or private post read another way is refused by the
-- crawler (REST lists published posts only; a page whose post element says status-future/private is a not_public
-- drop); a post dated in the future is posts_dated_in_the_future's warning.
-- severity: error
-- Failing rows: the suspicious posts with why.
SELECT site, post_url, published_at, first_seen_at, 'preview address' AS why
FROM posts
WHERE regexp_matches(post_url, '[?&](preview|preview_id|preview_nonce)=')
