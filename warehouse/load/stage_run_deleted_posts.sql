-- The posts of this site that this run shows to be deleted, with when and on what evidence (strongest first):
--   gone_404, gone_410  the crawler fetched the post's own URL and got 404/410 (drops.jsonl: that reason, detail =
--                       the post's URL). Counts in any mode, complete or not: a confirmation, not an absence;
--                       except in a replay that did not hold the URL (a replay_not_archived drop for it), whose
--                       404 the site never sent.
--   moved               this run read the same WordPress post (wp_post_id) under another URL (its slug changed).
--   absent              a complete full crawl ($mark_absent) did not see it, and fetching it did not fail
--                       transiently (download error, HTTP error, request cap, a page it could not read): then we
--                       simply don't know this time.
-- Never a post read in this run, nor one seen after the evidence (an older run loaded late).
-- Parameters: $site, $mark_absent, $started_at, $finished_at, $now.
-- Grain: one row per post (post_url).
CREATE OR REPLACE TEMP TABLE run_deleted_posts AS
WITH live AS (
    SELECT post_url, wp_post_id, last_seen_at
    FROM posts
    WHERE site = $site
      AND deleted_at IS NULL
      AND post_url NOT IN (SELECT post_url FROM run_posts)
),

gone AS (
    SELECT live.post_url, live.last_seen_at, coalesce(d.fetched_at, $finished_at, $now) AS deleted_at,
           d.reason, 1 AS strength
    FROM live
    JOIN run_drops AS d ON d.reason IN ('gone_404', 'gone_410') AND live.post_url IN (d.detail, d.url)
    WHERE NOT EXISTS (
        SELECT 1 FROM run_drops AS hole WHERE hole.reason = 'replay_not_archived' AND hole.url = d.url
    )
),

moved AS (
    SELECT live.post_url, live.last_seen_at, r.fetched_at AS deleted_at, 'moved' AS reason, 2 AS strength
    FROM live
    JOIN run_posts AS r ON r.wp_post_id = live.wp_post_id
),

absent AS (
    SELECT live.post_url, live.last_seen_at, $finished_at AS deleted_at, 'absent' AS reason, 3 AS strength
    FROM live
    WHERE $mark_absent
      AND live.last_seen_at < $started_at
      AND NOT EXISTS (
          SELECT 1 FROM run_drops AS d
          WHERE live.post_url IN (d.url, d.detail)
            AND (d.reason IN ('download_failed', 'refused_request_cap', 'redirect_loop', 'too_many_redirects',
                              'truncated_body', 'unreadable_page', 'extract_failed')
                 OR d.reason LIKE 'http\_%' ESCAPE '\')
      )
),

final AS (
    SELECT post_url, deleted_at, reason
    FROM (SELECT * FROM gone UNION ALL SELECT * FROM moved UNION ALL SELECT * FROM absent) AS evidence
    WHERE deleted_at > last_seen_at
    QUALIFY row_number() OVER (PARTITION BY post_url ORDER BY strength, deleted_at) = 1
)

SELECT * FROM final;
