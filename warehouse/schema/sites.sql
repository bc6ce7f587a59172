-- sites: the blogs wparchive archives, as configured (sites.toml or a URL given on the command line).
-- Grain: one row per site (its root URL, as the crawler writes it in every record's `site`).
CREATE TABLE IF NOT EXISTS sites (
    site        VARCHAR PRIMARY KEY,          -- root URL, e.g. 'https://blog.example/'
    name        VARCHAR NOT NULL,             -- short label from sites.toml (or the host name)
    language    VARCHAR,                      -- expected language of the blog ('sv', 'en'); a post's own tag wins
    timezone    VARCHAR NOT NULL DEFAULT 'Europe/Stockholm',  -- for month/day buckets in the marts
    profile     VARCHAR NOT NULL DEFAULT 'polite',            -- crawler politeness profile
    added_at    TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
