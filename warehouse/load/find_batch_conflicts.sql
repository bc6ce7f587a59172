-- Post URLs that make a batch's runs depend on their order, so that loading them together could differ from
-- loading them one after the other: staged by two runs of the batch, or held by the archive under another site.
-- The loader then loads the batch in parts. Grain: one row per such post URL.
SELECT post_url
FROM run_posts
GROUP BY post_url
HAVING count(DISTINCT run_no) > 1
UNION
SELECT r.post_url
FROM run_posts AS r
JOIN batch_runs AS b ON b.run_no = r.run_no
JOIN posts AS p ON p.post_url = r.post_url
WHERE p.site <> b.site;
