-- Report, comment activity over time: posts, comments and pingbacks per month, all sites together.
-- Grain: one row per month with any post or comment (month).
SELECT
    month,
    CAST(sum(posts_count) AS BIGINT) AS posts_count,
    CAST(sum(comments_count) AS BIGINT) AS comments_count,
    CAST(sum(pingbacks_count) AS BIGINT) AS pingbacks_count,
    CAST(sum(commenters_count) AS BIGINT) AS commenters_count
FROM activity_by_month
WHERE month IS NOT NULL
GROUP BY month
ORDER BY month;
