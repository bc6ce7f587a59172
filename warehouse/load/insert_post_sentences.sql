-- Add the sentences of posts whose current text came from a run of the batch and that have none yet (idempotent).
INSERT INTO post_sentences (post_url, sentence_no, sentence, content_hash)
SELECT fresh.post_url, generate_subscripts(fresh.sentences, 1), unnest(fresh.sentences), fresh.content_hash
FROM (
    SELECT r.post_url, r.sentences, r.content_hash
    FROM run_posts AS r
    SEMI JOIN posts AS p ON p.post_url = r.post_url AND p.content_hash = r.content_hash
    ANTI JOIN post_sentences AS s ON s.post_url = r.post_url
) AS fresh;
