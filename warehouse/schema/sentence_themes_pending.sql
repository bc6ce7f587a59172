-- sentence_themes_pending: the posts whose theme matches are due, from the loads that queue them to the theme
-- build that consumes them (warehouse/themes.py, run by build_views after the loads).
-- Grain: one row per post (post_url). No PRIMARY KEY: the queueing statements skip posts already queued.
-- Each load queues the posts whose matches it may change: new posts, a new text or language, a post back after
-- a deletion. Empty after every build, so several loads before one build converge and building twice changes
-- nothing.
CREATE TABLE IF NOT EXISTS sentence_themes_pending (
    post_url  VARCHAR NOT NULL   -- → posts.post_url
);
