-- Stage each run's cleaned comments (clean/comments.jsonl). Grain: one row per comment of each run.
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_comments AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'wp_comment_id': 'BIGINT',
    'parent_wp_comment_id': 'BIGINT', 'author_name': 'VARCHAR', 'author_url': 'VARCHAR',
    'published_at': 'TIMESTAMPTZ', 'body_text': 'VARCHAR', 'depth': 'INTEGER', 'comment_type': 'VARCHAR',
    'source': 'VARCHAR', 'fetched_at': 'TIMESTAMPTZ', 'content_hash': 'VARCHAR'
});
