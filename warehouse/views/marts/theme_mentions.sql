-- theme_mentions: every sentence of a live post that matches a theme, kept as the evidence for the match.
-- Grain: one row per post × theme × matching sentence (post_url, theme, sentence_no).
-- Reads sentence_themes, where the theme build stores the matches (matching is too slow per query). Why each
-- matched: method 'rule' (matched_text is the rule's match) or 'model' (score, evidence_ngrams); is_negated
-- marks a negated mention ("Vi fick inte priset": about awards, but no award received).
WITH sentence_themes AS (
    SELECT * FROM main.sentence_themes
),

live_posts AS (
    SELECT site, site_name, post_url, title, author, published_at, published_month, language FROM int_live_posts
),

themes AS (
    SELECT theme, label_en, label_sv FROM main.themes
),

-- A sentence matched by several rules of one theme counts once; keep the first match as the example.
one_per_sentence AS (
    SELECT *
    FROM sentence_themes
    QUALIFY row_number() OVER (
        PARTITION BY post_url, theme, sentence_no ORDER BY matched_text NULLS LAST
    ) = 1
),

final AS (
    SELECT
        live_posts.site,
        live_posts.site_name,
        live_posts.post_url,
        live_posts.title,
        live_posts.author,
        live_posts.published_at,
        live_posts.published_month,
        live_posts.language,
        one_per_sentence.theme,
        coalesce(themes.label_en, one_per_sentence.theme) AS theme_label_en,
        coalesce(themes.label_sv, one_per_sentence.theme) AS theme_label_sv,
        one_per_sentence.sentence_no,
        one_per_sentence.sentence,
        one_per_sentence.matched_text,
        one_per_sentence.method,
        one_per_sentence.score,
        one_per_sentence.evidence_ngrams,
        coalesce(one_per_sentence.is_negated, false) AS is_negated
    FROM one_per_sentence
    JOIN live_posts USING (post_url)
    LEFT JOIN themes USING (theme)
)

SELECT * FROM final
