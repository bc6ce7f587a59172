-- stg_comments: comments as loaded, with a removal flag, a hidden-parent flag, an erasure flag and a top-level flag.
-- Grain: one row per comment (site, wp_comment_id), removed ones included.
-- A reply whose parent is not public (pending, spam or trashed on the site, so never archived, or since removed)
-- keeps its parent_wp_comment_id, has has_hidden_parent and counts as top level (threads start with it). An erased
-- comment (wparchive forget) keeps its place in the thread, under a placeholder, so its replies stay under it.
WITH comments AS (
    SELECT * FROM main.comments
),

shown AS (
    SELECT site, wp_comment_id FROM main.comments WHERE removed_at IS NULL
),

erased_comments AS (
    SELECT site, wp_comment_id, erased_at FROM main.erased_comments
),

flagged AS (
    SELECT
        comments.*,
        comments.parent_wp_comment_id IS NOT NULL AND shown.wp_comment_id IS NULL AS has_hidden_parent
    FROM comments
    LEFT JOIN shown ON shown.site = comments.site AND shown.wp_comment_id = comments.parent_wp_comment_id
),

final AS (
    SELECT
        flagged.*,
        flagged.removed_at IS NOT NULL AS is_removed,
        erased_comments.erased_at IS NOT NULL AS is_erased,
        flagged.parent_wp_comment_id IS NULL OR flagged.has_hidden_parent AS is_top_level
    FROM flagged
    LEFT JOIN erased_comments USING (site, wp_comment_id)
)

SELECT * FROM final
