-- Check: a post's publication time is not more than a day after the moment we first saw it. One that is was served
-- to everyone with a date to come: a server clock set wrong, an events plugin, or a scheduled post a cache let out.
-- It is public where the blog shows it, so it is archived, and one such post never stops a night's publishing (a
-- black-box tester's round 7: a post dated five years ahead kept every blog of the run unpublished).
-- severity: warn
-- Failing rows: the posts with their dates.
SELECT site, post_url, published_at, first_seen_at
FROM posts
WHERE published_at > first_seen_at + INTERVAL 1 DAY
