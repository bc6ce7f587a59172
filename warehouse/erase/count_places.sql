-- Where the person appears in the archive's tables, and how many rows an erasure changes there: the comments it
-- makes placeholders, and every text column that holds their name, URL or words (quoted by others, kept in a
-- post, in theme evidence, in a quarantined line, in a check's sample). Reads erase_keys and erase_needles
-- (stage_keys.sql). Grain: one row per place (relation and column group), rows_count may be 0.
WITH keys AS (SELECT site, wp_comment_id FROM erase_keys),

needles AS (SELECT needle FROM erase_needles),

erased_comments AS (
    SELECT c.* FROM comments AS c JOIN keys USING (site, wp_comment_id)
),

other_comments AS (
    SELECT c.* FROM comments AS c ANTI JOIN keys USING (site, wp_comment_id)
),

final AS (
    SELECT 1 AS place_no, 'comments: made placeholders (personal fields emptied)' AS place, count(*) AS rows_count
    FROM erased_comments WHERE author_name IS NOT NULL OR author_url IS NOT NULL OR body_text IS NOT NULL
    UNION ALL
    SELECT 2, 'audit_changes: comment rows shown as erased (a view over comments)', count(*)
    FROM audit_changes AS a JOIN erased_comments AS c
        ON a.post_url = c.post_url AND a.wp_comment_id = c.wp_comment_id
    WHERE c.author_name IS NOT NULL OR c.body_text IS NOT NULL
    UNION ALL
    SELECT 3, 'comments: other comments naming or quoting them', count(*) FROM other_comments AS c
    WHERE EXISTS (SELECT 1 FROM needles WHERE contains(coalesce(c.author_name, '') || chr(10)
                  || coalesce(c.author_url, '') || chr(10) || coalesce(c.body_text, ''), needle))
    UNION ALL
    SELECT 4, 'posts: title or text', count(*) FROM posts AS p
    WHERE EXISTS (SELECT 1 FROM needles
                  WHERE contains(coalesce(p.title, '') || chr(10) || coalesce(p.body_text, ''), needle))
    UNION ALL
    SELECT 5, 'post_versions: title or text (history)', count(*) FROM post_versions AS v
    WHERE EXISTS (SELECT 1 FROM needles
                  WHERE contains(coalesce(v.title, '') || chr(10) || coalesce(v.body_text, ''), needle))
    UNION ALL
    SELECT 6, 'post_sentences: sentences', count(*) FROM post_sentences AS s
    WHERE EXISTS (SELECT 1 FROM needles WHERE contains(s.sentence, needle))
    UNION ALL
    SELECT 7, 'sentence_themes: theme evidence', count(*) FROM sentence_themes AS t
    WHERE EXISTS (SELECT 1 FROM needles WHERE contains(t.sentence || chr(10) || t.matched_text, needle))
    UNION ALL
    SELECT 8, 'quarantine: quarantined lines', count(*) FROM quarantine AS q
    WHERE EXISTS (SELECT 1 FROM needles WHERE contains(q.raw_line, needle))
    UNION ALL
    SELECT 9, 'crawl_drops: details', count(*) FROM crawl_drops AS d
    WHERE EXISTS (SELECT 1 FROM needles
                  WHERE contains(coalesce(d.detail, '') || chr(10) || coalesce(d.error, ''), needle))
    UNION ALL
    SELECT 10, 'check_results: samples of failing rows', count(*) FROM check_results AS r
    WHERE EXISTS (SELECT 1 FROM needles WHERE contains(coalesce(CAST(r.sample AS VARCHAR), ''), needle))
    UNION ALL
    SELECT 11, 'post_agreement: page and REST readings of titles and authors', count(*) FROM post_agreement AS g
    WHERE EXISTS (SELECT 1 FROM needles WHERE contains(coalesce(g.page_title, '') || chr(10)
                  || coalesce(g.rest_title, '') || chr(10) || coalesce(g.page_author, ''), needle))
    UNION ALL
    SELECT 12, 'media: alt texts and captions', count(*) FROM media AS m
    WHERE EXISTS (SELECT 1 FROM needles
                  WHERE contains(coalesce(m.alt_text, '') || chr(10) || coalesce(m.caption, ''), needle))
)

SELECT place, rows_count FROM final ORDER BY place_no;
