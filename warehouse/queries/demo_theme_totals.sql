-- The demo's first table: per theme, how many posts and sentences mention it, and the earliest sentence as
-- evidence (shortened for a terminal): a mention that is not negated when there is one, and among equally early
-- ones the first by post and sentence number, so that every run of the same archive shows the same sentence.
WITH evidence AS (
    SELECT
        theme_label_sv,
        post_url,
        sentence,
        first(sentence ORDER BY is_negated, published_at, post_url, sentence_no) OVER (PARTITION BY theme)
            AS evidence
    FROM theme_mentions
)

SELECT
    theme_label_sv AS tema,
    count(DISTINCT post_url) AS posts,
    count(*) AS sentences,
    CASE WHEN length(any_value(evidence)) > 70
         THEN left(any_value(evidence), 69) || '…'
         ELSE any_value(evidence) END AS evidence
FROM evidence
GROUP BY ALL
ORDER BY posts DESC, tema;
