-- Erase: make the staged comments placeholders and take the staged strings out of every text column
-- count_places.sql searches (each replaced by $erased_name). Runs inside the erasure's transaction, after
-- stage_keys.sql. Parameters: $erasure_id, $erased_at, $erased_name.
UPDATE comments AS c
SET author_name = NULL, author_url = NULL, body_text = NULL, content_hash = 'erased'
FROM erase_keys AS k
WHERE k.site = c.site AND k.wp_comment_id = c.wp_comment_id;

INSERT INTO erased_comments (site, wp_comment_id, erasure_id, erased_at)
SELECT site, wp_comment_id, $erasure_id, $erased_at FROM erase_keys
ON CONFLICT DO NOTHING;

CREATE OR REPLACE TEMP MACRO erase_text(value, placeholder) AS
    CASE WHEN value IS NULL THEN NULL
         ELSE list_reduce(list_prepend(value, (SELECT list(needle ORDER BY length(needle) DESC)
                                                FROM erase_needles)),
                          lambda acc, needle: replace(acc, needle, placeholder))
    END;

UPDATE comments SET author_name = erase_text(author_name, $erased_name),
                    author_url = erase_text(author_url, $erased_name),
                    body_text = erase_text(body_text, $erased_name)
WHERE NOT EXISTS (SELECT 1 FROM erase_keys AS k
                 WHERE k.site = comments.site AND k.wp_comment_id = comments.wp_comment_id)
  AND EXISTS (SELECT 1 FROM erase_needles WHERE contains(coalesce(author_name, '') || chr(10)
              || coalesce(author_url, '') || chr(10) || coalesce(body_text, ''), needle));

UPDATE posts
SET title = erase_text(title, $erased_name), body_text = erase_text(body_text, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles
              WHERE contains(coalesce(title, '') || chr(10) || coalesce(body_text, ''), needle));

UPDATE post_versions
SET title = erase_text(title, $erased_name), body_text = erase_text(body_text, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles
              WHERE contains(coalesce(title, '') || chr(10) || coalesce(body_text, ''), needle));

-- Theme matches follow the sentences: the theme build after this transaction matches these posts again.
INSERT INTO sentence_themes_pending (post_url)
SELECT DISTINCT post_url FROM post_sentences AS s
WHERE EXISTS (SELECT 1 FROM erase_needles WHERE contains(s.sentence, needle))
  AND post_url NOT IN (SELECT post_url FROM sentence_themes_pending);

UPDATE post_sentences SET sentence = erase_text(sentence, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles WHERE contains(sentence, needle));

UPDATE sentence_themes
SET sentence = erase_text(sentence, $erased_name), matched_text = erase_text(matched_text, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles WHERE contains(sentence || chr(10) || matched_text, needle));

UPDATE quarantine SET raw_line = erase_text(raw_line, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles WHERE contains(raw_line, needle));

UPDATE crawl_drops SET detail = erase_text(detail, $erased_name), error = erase_text(error, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles
              WHERE contains(coalesce(detail, '') || chr(10) || coalesce(error, ''), needle));

UPDATE check_results SET sample = erase_text(CAST(sample AS VARCHAR), $erased_name)::JSON
WHERE EXISTS (SELECT 1 FROM erase_needles WHERE contains(coalesce(CAST(sample AS VARCHAR), ''), needle));

UPDATE post_agreement
SET page_title = erase_text(page_title, $erased_name), rest_title = erase_text(rest_title, $erased_name),
    page_author = erase_text(page_author, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles WHERE contains(coalesce(page_title, '') || chr(10)
              || coalesce(rest_title, '') || chr(10) || coalesce(page_author, ''), needle));

UPDATE media SET alt_text = erase_text(alt_text, $erased_name), caption = erase_text(caption, $erased_name)
WHERE EXISTS (SELECT 1 FROM erase_needles
              WHERE contains(coalesce(alt_text, '') || chr(10) || coalesce(caption, ''), needle));
