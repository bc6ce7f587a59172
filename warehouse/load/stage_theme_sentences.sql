-- The sentences the theme build matches: those of the posts queued in sentence_themes_pending (live posts only,
-- as int_post_sentences has them), normalised exactly as int_sentence_themes normalises them, with the language
-- class whose rules apply to them: their language when some rule names it, '*' when none does (only '*' rules
-- apply), NULL when the language is unknown (every rule applies).
-- Grain: one row per sentence (post_url, sentence_no).
CREATE OR REPLACE TEMP TABLE theme_sentences AS
WITH sentences AS (
    SELECT post_url, sentence_no, sentence, lower(left(language, 2)) AS language  -- 'sv-SE' → 'sv', as the view
    FROM int_post_sentences
    WHERE post_url IN (SELECT post_url FROM sentence_themes_pending)
      AND sentence IS NOT NULL
),

rule_languages AS (
    SELECT list(DISTINCT language) AS languages
    FROM theme_rules
    WHERE language <> '*'
),

final AS (
    SELECT
        sentences.post_url,
        sentences.sentence_no,
        sentences.sentence,
        -- The view's ' ' || regexp_replace(sentence, '[^\p{L}\p{N}%]+', ' ', 'g') || ' ', three times faster: a
        -- run of non-letters that is one space already is what the view makes of it, so this pattern matches
        -- every other maximal run (one with a character other than a space, or two spaces or more: each
        -- alternative's greedy [^…]* runs to the run's end) and nothing else.
        ' ' || regexp_replace(sentences.sentence,
                              '[^\p{L}\p{N}%]*[^\p{L}\p{N}% ][^\p{L}\p{N}%]*|  [^\p{L}\p{N}%]*', ' ', 'g') || ' '
            AS match_text,
        CASE
            WHEN sentences.language IS NULL THEN NULL
            WHEN list_contains(rule_languages.languages, sentences.language) THEN sentences.language
            ELSE '*'
        END AS language_class
    FROM sentences, rule_languages
)

SELECT * FROM final;
