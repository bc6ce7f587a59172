-- Themes per quarter: posts and sentences that mention each theme, quarter by quarter (all sites).
SELECT
    CAST(date_trunc('quarter', month) AS DATE) AS quarter,
    theme_label_en AS theme,
    sum(posts) AS posts,
    sum(mentions) AS sentences
FROM theme_summary
GROUP BY ALL
ORDER BY quarter, sentences DESC, theme;
