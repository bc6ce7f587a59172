-- Comment activity per year (site-local time): comments, distinct commenters, posts commented on, pingbacks.
SELECT
    year(published_local) AS year,
    count(*) FILTER (WHERE comment_type = 'comment') AS comments,
    count(DISTINCT author_name) FILTER (WHERE comment_type = 'comment') AS commenters,
    count(DISTINCT post_url) FILTER (WHERE comment_type = 'comment') AS posts_commented,
    count(*) FILTER (WHERE comment_type <> 'comment') AS pingbacks
FROM int_live_comments
GROUP BY ALL
ORDER BY year;
