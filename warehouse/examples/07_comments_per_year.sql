-- Comment activity per year (site-local time): comments, distinct commenters, posts commented on, pingbacks.
-- What the site shows without a date (some themes print pingbacks undated) counts under 'undated'.
SELECT
    coalesce(CAST(year(published_local) AS VARCHAR), 'undated') AS year,
    count(*) FILTER (WHERE comment_type = 'comment') AS comments,
    count(DISTINCT author_name) FILTER (WHERE comment_type = 'comment') AS commenters,
    count(DISTINCT post_url) FILTER (WHERE comment_type = 'comment') AS posts_commented,
    count(*) FILTER (WHERE comment_type <> 'comment') AS pingbacks
FROM current_comments
GROUP BY ALL
ORDER BY year;
