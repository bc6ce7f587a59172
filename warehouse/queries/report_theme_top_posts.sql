-- Report, top posts per theme: the posts with the most matching sentences, and their first few sentences as
-- the evidence (mentions that are not negated first, then by position: the same archive gives the same sentences).
-- Parameters: $posts_per_theme, $sentences_per_post.
-- Grain: one row per theme, top post and evidence sentence (theme, post_url, sentence_no).
WITH mentions AS (
    SELECT * FROM theme_mentions
),

post_totals AS (
    SELECT
        theme, post_url,
        count(*) AS mentions_count,
        row_number() OVER (PARTITION BY theme ORDER BY count(*) DESC, max(published_at) DESC, post_url)
            AS post_rank
    FROM mentions
    GROUP BY theme, post_url
),

final AS (
    SELECT
        mentions.theme,
        post_totals.post_rank,
        post_totals.mentions_count,
        mentions.site_name,
        mentions.post_url,
        mentions.title,
        mentions.language,
        strftime(mentions.published_at, '%Y-%m-%d') AS published,
        mentions.sentence_no,
        mentions.sentence,
        mentions.matched_text,
        mentions.method,
        mentions.is_negated
    FROM mentions
    JOIN post_totals USING (theme, post_url)
    WHERE post_totals.post_rank <= $posts_per_theme
    QUALIFY row_number() OVER (PARTITION BY mentions.theme, mentions.post_url
                               ORDER BY mentions.is_negated, mentions.sentence_no)
        <= $sentences_per_post
)

SELECT * FROM final ORDER BY theme, post_rank, sentence_no;
