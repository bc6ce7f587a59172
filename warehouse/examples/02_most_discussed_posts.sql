-- The ten most discussed posts: comments, replies among them, distinct commenters, latest comment.
SELECT
    discussion_rank,
    title,
    comments_count,
    replies_count,
    commenters_count,
    CAST(last_comment_at AS DATE) AS last_comment
FROM most_discussed_posts
WHERE comments_count > 0
ORDER BY discussion_rank, published_at
LIMIT 10;
