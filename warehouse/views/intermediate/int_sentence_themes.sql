-- int_sentence_themes: which themes each sentence is about, decided by the rules in `theme_rules`
-- (seeded from warehouse/seeds/theme_rules.csv; an analyst adds a theme by adding rows there).
--
-- GRAIN: one row per sentence × theme that matches (post_url, sentence_no, theme).
-- matched_text is the evidence: the leftmost include match, in the normalised text described below.
--
-- Rule semantics (theme_rules: theme, language, rule_kind, anchor, pattern, description):
--   * Patterns are RE2, matched case-insensitively against the sentence *normalised*: every run of
--     characters that are not letters, digits or % becomes one space, plus a space at each end. So in a
--     pattern a space is a word boundary and [^ ] is "a letter or digit", Unicode-aware (DuckDB's \b and \w
--     are ASCII-only: they treat å, ä, ö as non-letters). \m and \M (word start, word end; PostgreSQL's
--     spelling, not valid RE2) are written for the boundary spaces at a pattern's ends, because CSV tools
--     trim spaces there. `(?-i:IT)` switches case-sensitivity back on. A pattern must not match ''.
--   * A rule applies to sentences whose language equals rule.language, or to all when rule.language is '*'
--     or the sentence's language is NULL.
--   * anchor: a lower-case literal that every match of the pattern contains. A rule is only tried on
--     sentences that contain its anchor: DuckDB compiles a non-constant regex per row (~50 µs plain,
--     milliseconds with \p{L} classes), so the cheap contains() prefilter is what keeps this view fast.
--     The promise must hold: sentence_themes, which stores what this view says, is filled by the theme build
--     (warehouse/themes.py), which tries all of a theme's rules at once and relies on it.
--   * exclude rules blank out (replace with a space) what they match before the include rules of the same
--     theme are tried. So "priset på bostadsrätter" hides that "priset" from awards, while "vann priset"
--     in the same sentence still counts. To veto a whole sentence, write a pattern that matches all of it.

with

sentences as (
    select post_url, sentence_no, sentence, language
    from int_post_sentences
),

rules as (
    select theme, language, rule_kind, anchor, pattern
    from stg_theme_rules
),

normalised_sentences as (
    select
        post_url,
        sentence_no,
        sentence,
        lower(left(language, 2)) as language,  -- 'sv-SE' → 'sv'
        ' ' || regexp_replace(sentence, '[^\p{L}\p{N}%]+', ' ', 'g') || ' ' as match_text
    from sentences
    where sentence is not null
),

searchable_sentences as (
    select *, lower(match_text) as lower_text
    from normalised_sentences
),

-- sentence × rule pairs worth a regex: the language fits and the anchor occurs
candidate_rules as (
    select
        s.post_url,
        s.sentence_no,
        s.sentence,
        s.match_text,
        r.theme,
        r.rule_kind,
        r.pattern
    from searchable_sentences as s
    inner join rules as r
        on (r.language = '*' or s.language is null or r.language = s.language)
        and contains(s.lower_text, r.anchor)
),

-- one alternation per sentence × theme and kind: one regex compilation instead of one per rule
candidate_patterns as (
    select
        post_url,
        sentence_no,
        theme,
        any_value(sentence) as sentence,
        any_value(match_text) as match_text,
        string_agg('(?:' || pattern || ')', '|' order by pattern)
            filter (where rule_kind = 'include') as include_pattern,
        string_agg('(?:' || pattern || ')', '|' order by pattern)
            filter (where rule_kind = 'exclude') as exclude_pattern
    from candidate_rules
    group by post_url, sentence_no, theme
    having count(*) filter (where rule_kind = 'include') > 0
),

masked as (
    select
        post_url,
        sentence_no,
        theme,
        sentence,
        include_pattern,
        -- a CASE, not coalesce: regexp_replace costs ~50 µs a row even when the pattern is NULL
        case
            when exclude_pattern is null then match_text
            else regexp_replace(match_text, exclude_pattern, ' ', 'gi')
        end as masked_text
    from candidate_patterns
),

matches as (
    select
        post_url,
        sentence_no,
        theme,
        sentence,
        trim(regexp_extract(masked_text, include_pattern, 0, 'i')) as matched_text
    from masked
),

final as (
    select post_url, sentence_no, theme, sentence, matched_text
    from matches
    where matched_text <> ''
)

select * from final
