-- Check: post_sentences keeps its grain (one row per post and sentence number).
-- severity: error
-- Failing rows: duplicated (post_url, sentence_no).
SELECT post_url, sentence_no, count(*) AS rows
FROM post_sentences
GROUP BY post_url, sentence_no
HAVING count(*) > 1
