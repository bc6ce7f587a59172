-- stg_comments: comments as loaded, with a removal flag, an erasure flag and a top-level flag.
-- Grain: one row per comment (site, wp_comment_id), removed ones included.
WITH comments AS (
    SELECT * FROM main.comments
),

erased_comments AS (
    SELECT site, wp_comment_id, erased_at FROM main.erased_comments
),

final AS (
    SELECT
        comments.*,
        comments.removed_at IS NOT NULL AS is_removed,
        erased_comments.erased_at IS NOT NULL AS is_erased,
        comments.parent_wp_comment_id IS NULL AS is_top_level
    FROM comments
    LEFT JOIN erased_comments USING (site, wp_comment_id)
)

SELECT * FROM final
