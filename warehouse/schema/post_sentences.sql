-- post_sentences: the sentences of each post's current body text, split by the cleaning step (Swedish-aware).
-- Grain: one row per post and sentence (post_url, sentence_no); replaced when a post's content_hash changes.
-- No PRIMARY KEY: the loader writes each post's sentences once per text, and maintaining an index over every
-- sentence doubled the load time; checks/post_sentences_unique.sql guards the grain instead.
CREATE TABLE IF NOT EXISTS post_sentences (
    post_url      VARCHAR NOT NULL,
    sentence_no   INTEGER NOT NULL,   -- 1-based position in the body
    sentence      VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL    -- the posts.content_hash these sentences were split from
);
