-- comment_forms: what each post's page asked of a visitor who wants to comment, as seen by each crawl.
-- Grain: one row per run and post (run_id, post_url); history by construction (compare runs to see changes).
CREATE TABLE IF NOT EXISTS comment_forms (
    run_id                    VARCHAR NOT NULL,
    post_url                  VARCHAR NOT NULL,
    site                      VARCHAR NOT NULL,
    wp_post_id                BIGINT,
    crawled_at                TIMESTAMPTZ NOT NULL,
    is_present                BOOLEAN NOT NULL,
    is_open                   BOOLEAN NOT NULL,
    form_kind                 VARCHAR,   -- wordpress-core | wpcom-highlander | jetpack-iframe | wpcom-js | wpdiscuz | disqus | other
    closed_notice             VARCHAR,
    action_url                VARCHAR,
    method                    VARCHAR,
    fields                    STRUCT(name VARCHAR, type VARCHAR, is_required BOOLEAN, label VARCHAR)[] NOT NULL,
    required_fields           VARCHAR[] NOT NULL,  -- names of the fields marked required
    hidden_fields             VARCHAR[] NOT NULL,
    login_providers           VARCHAR[] NOT NULL,
    requires_login            BOOLEAN NOT NULL,
    has_cookie_consent        BOOLEAN NOT NULL,
    has_subscription_options  BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, post_url)
);
