-- stg_comments: comments as loaded, with a removal flag, a hidden-parent flag and a top-level flag.
-- A reply whose parent is not public (pending, spam or trashed on the site, so never archived, or since removed)
-- keeps its parent_wp_comment_id, has has_hidden_parent and counts as top level (threads start with it).
-- Grain: one row per comment (site, wp_comment_id), removed ones included.
WITH comments AS (
    SELECT * FROM main.comments
),

shown AS (
    SELECT site, wp_comment_id FROM main.comments WHERE removed_at IS NULL
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
        flagged.parent_wp_comment_id IS NULL OR flagged.has_hidden_parent AS is_top_level
    FROM flagged
)

SELECT * FROM final
