-- stg_post_sentences: the sentences split from each post's current text.
-- Grain: one row per post and sentence (post_url, sentence_no).
WITH post_sentences AS (
    SELECT * FROM main.post_sentences
),

final AS (
    SELECT post_url, sentence_no, sentence, content_hash
    FROM post_sentences
)

SELECT * FROM final
