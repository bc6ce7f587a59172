-- Who answers commenters, and how fast: replies to someone else's comment, per person replying, with the
-- median and slowest time between the comment and the answer.
SELECT
    reply.author_name AS answered_by,
    count(*) AS replies,
    count(DISTINCT reply.post_url) AS posts,
    round(median(date_diff('minute', parent.published_at, reply.published_at)) / 60, 1) AS median_hours,
    round(max(date_diff('minute', parent.published_at, reply.published_at)) / 60, 1) AS slowest_hours
FROM current_comments AS reply
JOIN current_comments AS parent
    ON parent.site = reply.site AND parent.wp_comment_id = reply.parent_wp_comment_id
WHERE reply.comment_type = 'comment'
  AND reply.author_name IS DISTINCT FROM parent.author_name
GROUP BY reply.author_name
ORDER BY replies DESC, answered_by;
