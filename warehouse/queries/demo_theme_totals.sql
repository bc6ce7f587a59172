-- The demo's first table: per theme, how many posts and sentences mention it, and the earliest sentence as
-- evidence (shortened for a terminal).
SELECT
    theme_label_sv AS tema,
    count(DISTINCT post_url) AS posts,
    count(*) AS sentences,
    CASE WHEN length(arg_min(sentence, published_at)) > 70
         THEN left(arg_min(sentence, published_at), 69) || '…'
         ELSE arg_min(sentence, published_at) END AS evidence
FROM theme_mentions
GROUP BY ALL
ORDER BY posts DESC, tema;
