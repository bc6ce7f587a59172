-- What one erasure acts on, as temporary tables the other erase/*.sql files read: the comments (erase_keys) and
-- the strings that show the person (erase_needles: name, URL, comment text, longest first, as replace() needs).
-- Parameters: $sites, $ids (parallel lists), $needles. Grain: one row per comment; one row per string.
CREATE OR REPLACE TEMP TABLE erase_keys AS
SELECT unnest($sites) AS site, unnest($ids)::BIGINT AS wp_comment_id;
CREATE OR REPLACE TEMP TABLE erase_needles AS
SELECT needle FROM (SELECT unnest($needles::VARCHAR[]) AS needle) WHERE length(needle) > 0;
