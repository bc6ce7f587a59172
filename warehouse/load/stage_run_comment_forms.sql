-- Stage each run's cleaned comment forms (clean/comment_forms.jsonl). Grain: one row per post of each run.
-- Parameters: $paths, that file of the batch's runs, and $run_nos, each one's run (run_no: the run's place in the
-- batch, the key of every staged row).
CREATE OR REPLACE TEMP TABLE run_comment_forms AS
SELECT batch.run_no, staged.* EXCLUDE (filename)
FROM read_json($paths, format = 'newline_delimited', filename = true, columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'is_present': 'BOOLEAN',
    'is_open': 'BOOLEAN', 'form_kind': 'VARCHAR', 'closed_notice': 'VARCHAR', 'action_url': 'VARCHAR',
    'method': 'VARCHAR',
    'fields': 'STRUCT(name VARCHAR, type VARCHAR, is_required BOOLEAN, label VARCHAR)[]',
    'required_fields': 'VARCHAR[]', 'hidden_fields': 'VARCHAR[]', 'login_providers': 'VARCHAR[]',
    'requires_login': 'BOOLEAN', 'has_cookie_consent': 'BOOLEAN', 'has_subscription_options': 'BOOLEAN',
    'fetched_at': 'TIMESTAMPTZ'
}) AS staged
JOIN (SELECT unnest($paths) AS path, unnest($run_nos) AS run_no) AS batch
    ON batch.path = staged.filename;
