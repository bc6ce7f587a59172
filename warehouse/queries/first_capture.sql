-- When a URL was first archived (to explain an --as-of that is too early). Parameters: $urls.
SELECT min(fetched_at) AS first_fetched_at, count(*) AS captures_count
FROM captures
WHERE list_contains($urls, url);
