-- post_agreement: the page reading of each post measured against the REST API, on every crawl where both exist.
-- Grain: one row per run, site and post (run_id, site, post_url).
CREATE TABLE IF NOT EXISTS post_agreement (
    run_id                     VARCHAR NOT NULL,
    site                       VARCHAR NOT NULL,
    post_url                   VARCHAR NOT NULL,
    wp_post_id                 BIGINT,
    is_title_equal             BOOLEAN,   -- page title = REST's rendered title (as text)
    is_date_equal              BOOLEAN,   -- NULL: the page prints only a day, or no date
    is_author_equal            BOOLEAN,   -- NULL: REST hides its users
    is_categories_equal        BOOLEAN,
    is_tags_equal              BOOLEAN,
    body_f1                    DOUBLE,    -- 4-gram shingle F1 of the page's body text against REST's; NULL if protected
    page_comment_count         BIGINT,    -- comment ids on the post's page (the comment page it shows)
    page_comments_not_in_rest  BIGINT,    -- of those, ids REST does not list (pingbacks, trackbacks)
    page_title                 VARCHAR,
    rest_title                 VARCHAR,
    page_author                VARCHAR,
    page_published_at          VARCHAR,   -- as the page printed it (may lack a zone)
    fetched_at                 TIMESTAMPTZ,
    PRIMARY KEY (run_id, site, post_url)
);
