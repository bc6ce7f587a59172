-- Archives from before history was kept (issue 5): fill what the loader now writes with every run, from what
-- the archive already knows. Runs at every start (warehouse/db.py apply_schema); on an up-to-date archive every
-- statement finds nothing to do.

-- Every post gets a first version: its current text, valid from when it was first seen (the first run that saw
-- it: the earliest comment form of the post, else its last run), closed when it was deleted (before issue 5 only
-- a complete full crawl marked deletions: 'absent', by the run that ended at that moment).
INSERT INTO post_versions (
    site, post_url, wp_post_id, version_no, content_hash, title, body_text, is_protected, modified_at,
    valid_from, valid_to, run_id, closed_run_id, closed_reason
)
SELECT p.site, p.post_url, p.wp_post_id, 1, p.content_hash, p.title, p.body_text, p.is_protected, p.modified_at,
       p.first_seen_at, p.deleted_at,
       coalesce((SELECT arg_min(f.run_id, f.crawled_at) FROM comment_forms AS f WHERE f.post_url = p.post_url),
                p.last_seen_run_id),
       CASE WHEN p.deleted_at IS NOT NULL THEN coalesce(
           (SELECT min(r.run_id) FROM crawl_runs AS r WHERE r.site = p.site AND r.finished_at = p.deleted_at),
           p.last_seen_run_id) END,
       CASE WHEN p.deleted_at IS NOT NULL THEN 'absent' END
FROM posts AS p
ANTI JOIN post_versions AS v ON v.post_url = p.post_url;

-- Comments: the run of first_seen_at is the run whose crawl was going on then.
UPDATE comments AS c
SET first_seen_run_id = (
    SELECT min(r.run_id) FROM crawl_runs AS r
    WHERE r.site = c.site AND c.first_seen_at BETWEEN r.started_at AND r.finished_at
)
WHERE c.first_seen_run_id IS NULL
  AND EXISTS (
    SELECT 1 FROM crawl_runs AS r
    WHERE r.site = c.site AND c.first_seen_at BETWEEN r.started_at AND r.finished_at
);

-- The run that removed a comment set removed_at to its own finished_at.
UPDATE comments AS c
SET removed_run_id = (SELECT min(r.run_id) FROM crawl_runs AS r WHERE r.site = c.site AND r.finished_at = c.removed_at)
WHERE c.removed_at IS NOT NULL
  AND c.removed_run_id IS NULL
  AND EXISTS (SELECT 1 FROM crawl_runs AS r WHERE r.site = c.site AND r.finished_at = c.removed_at);
