-- Stage each run's cleaned comment forms (clean/comment_forms.jsonl). Grain: one row per post of each run.
-- Parameters: $path, that file of the batch: the run's own file when one run of the batch has lines in it
-- ($run_no: that run's place in the batch), else the batch's files as one, each line keyed by its run's place
-- (run_no; $run_no NULL). run_no is the key of every staged row.
CREATE OR REPLACE TEMP TABLE run_comment_forms AS
SELECT coalesce(run_no, $run_no) AS run_no, * EXCLUDE (run_no)
FROM read_json($path, format = 'newline_delimited', columns = {
    'run_no': 'INTEGER',
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'is_present': 'BOOLEAN',
    'is_open': 'BOOLEAN', 'form_kind': 'VARCHAR', 'closed_notice': 'VARCHAR', 'action_url': 'VARCHAR',
    'method': 'VARCHAR',
    'fields': 'STRUCT(name VARCHAR, type VARCHAR, is_required BOOLEAN, label VARCHAR)[]',
    'required_fields': 'VARCHAR[]', 'hidden_fields': 'VARCHAR[]', 'login_providers': 'VARCHAR[]',
    'requires_login': 'BOOLEAN', 'has_cookie_consent': 'BOOLEAN', 'has_subscription_options': 'BOOLEAN',
    'fetched_at': 'TIMESTAMPTZ'
});
