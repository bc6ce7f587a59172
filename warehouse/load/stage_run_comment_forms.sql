-- Stage a run's cleaned comment forms (clean/comment_forms.jsonl). Grain: one row per post of the run.
-- Parameters: $path.
CREATE OR REPLACE TEMP TABLE run_comment_forms AS
SELECT *
FROM read_json($path, format = 'newline_delimited', columns = {
    'site': 'VARCHAR', 'post_url': 'VARCHAR', 'wp_post_id': 'BIGINT', 'is_present': 'BOOLEAN',
    'is_open': 'BOOLEAN', 'form_kind': 'VARCHAR', 'closed_notice': 'VARCHAR', 'action_url': 'VARCHAR',
    'method': 'VARCHAR',
    'fields': 'STRUCT(name VARCHAR, type VARCHAR, is_required BOOLEAN, label VARCHAR)[]',
    'required_fields': 'VARCHAR[]', 'hidden_fields': 'VARCHAR[]', 'login_providers': 'VARCHAR[]',
    'requires_login': 'BOOLEAN', 'has_cookie_consent': 'BOOLEAN', 'has_subscription_options': 'BOOLEAN',
    'fetched_at': 'TIMESTAMPTZ'
});
