-- int_post_sentences: the sentences of live posts with the post's language — the input of theme matching.
-- Grain: one row per live post and sentence (post_url, sentence_no).
WITH sentences AS (
    SELECT * FROM stg_post_sentences
),

live_posts AS (
    SELECT post_url, content_hash, language FROM int_live_posts
),

final AS (
    SELECT
        sentences.post_url,
        sentences.sentence_no,
        sentences.sentence,
        live_posts.language
    FROM sentences
    JOIN live_posts
      ON live_posts.post_url = sentences.post_url
     AND live_posts.content_hash = sentences.content_hash
)

SELECT * FROM final
