-- Posts per category and year (site-local time); a post counts once in each of its categories.
WITH post_categories AS (
    SELECT unnest(categories) AS category, year(published_local) AS year
    FROM current_posts
)

SELECT category, year, count(*) AS posts
FROM post_categories
GROUP BY ALL
ORDER BY category, year;
