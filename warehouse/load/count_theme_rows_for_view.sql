-- How many rows of the theme build int_sentence_themes must decide itself (theme_matches.needs_view; usually 0).
SELECT count(*) FROM theme_matches WHERE needs_view;
