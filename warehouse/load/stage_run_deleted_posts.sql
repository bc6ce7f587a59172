-- The posts of its site that each run of the batch shows to be deleted, with when and on what evidence (strongest
-- first):
--   gone_404, gone_410  the crawler fetched the post's own URL and got 404/410 (drops.jsonl: that reason, detail =
--                       the post's URL). Counts in any mode, complete or not: a confirmation, not an absence;
--                       except in a replay that did not hold the URL (a replay_not_archived drop for it), whose
--                       404 the site never sent.
--   moved               this run read the same WordPress post (wp_post_id) under another URL (its slug changed).
--   absent              a complete full crawl (is_complete, mode 'full', both times known) did not see it, and
--                       fetching it did not fail transiently (download error, HTTP error, request cap, a page it
--                       could not read): then we simply don't know this time.
-- Never a post read in this run, nor one seen after the evidence (an older run loaded late).
-- Parameters: $now. Grain: one row per post (post_url; a post belongs to one site, so to one run of the batch).
CREATE OR REPLACE TEMP TABLE run_deleted_posts AS
WITH live AS (
    SELECT b.run_no, b.is_complete AND b.mode = 'full' AS is_absence_evidence, b.started_at, b.finished_at,
           p.post_url, p.wp_post_id, p.last_seen_at
    FROM posts AS p
    JOIN batch_runs AS b ON b.site = p.site
    WHERE p.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM run_posts AS r WHERE r.run_no = b.run_no AND r.post_url = p.post_url)
),

gone AS (
    SELECT live.run_no, live.post_url, live.last_seen_at,
           coalesce(d.fetched_at, live.finished_at, $now) AS deleted_at, d.reason, 1 AS strength
    FROM live
    JOIN run_drops AS d
        ON d.run_no = live.run_no AND d.reason IN ('gone_404', 'gone_410') AND live.post_url IN (d.detail, d.url)
    WHERE NOT EXISTS (
        SELECT 1 FROM run_drops AS hole
        WHERE hole.run_no = d.run_no AND hole.reason = 'replay_not_archived' AND hole.url = d.url
    )
),

moved AS (
    SELECT live.run_no, live.post_url, live.last_seen_at, r.fetched_at AS deleted_at, 'moved' AS reason,
           2 AS strength
    FROM live
    JOIN run_posts AS r ON r.run_no = live.run_no AND r.wp_post_id = live.wp_post_id
),

absent AS (
    SELECT live.run_no, live.post_url, live.last_seen_at, live.finished_at AS deleted_at, 'absent' AS reason,
           3 AS strength
    FROM live
    WHERE live.is_absence_evidence
      AND live.last_seen_at < live.started_at
      AND NOT EXISTS (
          SELECT 1 FROM run_drops AS d
          WHERE d.run_no = live.run_no AND live.post_url IN (d.url, d.detail)
            AND (d.reason IN ('download_failed', 'refused_request_cap', 'redirect_loop', 'too_many_redirects',
                              'truncated_body', 'unreadable_page', 'extract_failed')
                 OR d.reason LIKE 'http\_%' ESCAPE '\')
      )
),

final AS (
    SELECT run_no, post_url, deleted_at, reason
    FROM (SELECT * FROM gone UNION ALL SELECT * FROM moved UNION ALL SELECT * FROM absent) AS evidence
    WHERE deleted_at > last_seen_at
    QUALIFY row_number() OVER (PARTITION BY post_url ORDER BY strength, deleted_at) = 1
)

SELECT * FROM final;
