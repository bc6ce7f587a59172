-- discovered_posts: every post a discovery source (REST, sitemap, feed, listing) listed in a run; each must end
-- as an archived post or a drop row naming it (check discovered_posts_accounted_for).
-- Grain: one row per run, site and discovered post URL (run_id, site, post_url).
CREATE TABLE IF NOT EXISTS discovered_posts (
    run_id      VARCHAR NOT NULL,
    site        VARCHAR NOT NULL,
    post_url    VARCHAR NOT NULL,   -- normalised, as the crawler requested it
    wp_post_id  BIGINT,             -- when the source said (REST, a feed's guid)
    sources     VARCHAR[] NOT NULL, -- every source that listed it: rest, sitemap, feed, listing
    is_planned  BOOLEAN NOT NULL,   -- false: an incremental run left it unchanged (already archived)
    PRIMARY KEY (run_id, site, post_url)
);
