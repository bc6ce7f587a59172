-- The post pages in a selection of captures, for a WACZ's pages.jsonl: each post's page as each run fetched it.
-- Grain: one row per post URL and capture time. Parameters: $run_id (NULL = any run), $since, $until.
SELECT captures.url, captures.fetched_at, coalesce(posts.title, '') AS title
FROM captures
JOIN posts ON posts.post_url = captures.url
WHERE captures.status = 200
  AND ($run_id IS NULL OR captures.run_id = $run_id)
  AND ($since IS NULL OR captures.fetched_at >= $since)
  AND ($until IS NULL OR captures.fetched_at <= $until)
ORDER BY captures.fetched_at, captures.url;
