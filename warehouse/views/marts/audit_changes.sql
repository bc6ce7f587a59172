-- audit_changes: what changed on each site in each run — posts new, edited, deleted and restored; comments new and
-- removed; comment forms opened, closed or changed — each with a short summary of the change.
-- Grain: one row per run and change (run_id, change_kind, post_url, wp_comment_id).
WITH versions AS (
    SELECT * FROM stg_post_versions
),

posts AS (
    SELECT post_url, site_name, title FROM stg_posts
),

comments AS (
    SELECT * FROM stg_comments
),

forms AS (
    SELECT * FROM stg_comment_forms
),

-- A site's first run that saw posts: everything in it is new to the archive, not necessarily to the site.
baseline AS (
    SELECT site, arg_min(run_id, valid_from) AS run_id
    FROM versions
    GROUP BY site
),

-- ---------------------------------------------------------------------------------------------------- posts

-- Each version next to the one before it.
version_steps AS (
    SELECT
        versions.*,
        previous.title AS previous_title,
        previous.body_text AS previous_body_text,
        previous.is_protected AS previous_is_protected,
        previous.closed_reason AS previous_closed_reason
    FROM versions
    LEFT JOIN versions AS previous
        ON previous.post_url = versions.post_url AND previous.version_no = versions.version_no - 1
),

-- The body as characters, before and after, where it changed.
body_chars AS (
    SELECT
        post_url,
        version_no,
        CASE WHEN coalesce(previous_body_text, '') = '' THEN [] ELSE str_split(previous_body_text, '') END
            AS before_chars,
        CASE WHEN coalesce(body_text, '') = '' THEN [] ELSE str_split(body_text, '') END AS after_chars
    FROM version_steps
    WHERE version_no > 1
      AND previous_body_text IS DISTINCT FROM body_text
      AND NOT is_protected
      AND NOT previous_is_protected
),

-- The changed stretch: what lies between the longest common beginning and the longest common end.
body_spans AS (
    SELECT
        post_url,
        version_no,
        len(before_chars) AS before_len,
        len(after_chars) AS after_len,
        coalesce(
            list_position(
                list_transform(range(1, least(len(before_chars), len(after_chars)) + 1),
                               lambda i: before_chars[i] = after_chars[i]),
                false) - 1,
            least(len(before_chars), len(after_chars))) AS head_len,
        coalesce(
            list_position(
                list_transform(range(1, least(len(before_chars), len(after_chars)) + 1),
                               lambda i: before_chars[len(before_chars) + 1 - i]
                                         = after_chars[len(after_chars) + 1 - i]),
                false) - 1,
            least(len(before_chars), len(after_chars))) AS tail_len
    FROM body_chars
),

body_diffs AS (
    SELECT
        post_url,
        version_no,
        'body +' || (after_len - least(head_len + tail_len, before_len, after_len))
            || '/−' || (before_len - least(head_len + tail_len, before_len, after_len)) || ' chars' AS body_diff
    FROM body_spans
),

version_diffs AS (
    SELECT
        steps.post_url,
        steps.version_no,
        nullif(concat_ws('; ',
            CASE WHEN steps.previous_title IS DISTINCT FROM steps.title
                 THEN 'title: ' || coalesce('''' || steps.previous_title || '''', '(none)')
                      || ' → ' || coalesce('''' || steps.title || '''', '(none)') END,
            CASE WHEN steps.is_protected AND NOT steps.previous_is_protected THEN 'now password-protected'
                 WHEN steps.previous_is_protected AND NOT steps.is_protected THEN 'no longer password-protected'
                 ELSE body_diffs.body_diff END
        ), '') AS text_diff
    FROM version_steps AS steps
    LEFT JOIN body_diffs USING (post_url, version_no)
    WHERE steps.version_no > 1
),

post_opened AS (
    SELECT
        steps.site,
        steps.run_id,
        CASE WHEN steps.version_no = 1 THEN 'post_new'
             WHEN steps.previous_closed_reason = 'edited' THEN 'post_edited'
             ELSE 'post_restored' END AS change_kind,
        steps.valid_from AS changed_at,
        steps.post_url,
        steps.title,
        CAST(NULL AS BIGINT) AS wp_comment_id,
        CASE WHEN steps.version_no = 1 THEN NULL
             WHEN steps.previous_closed_reason = 'edited' THEN version_diffs.text_diff
             ELSE coalesce(version_diffs.text_diff, 'text as before') END AS detail
    FROM version_steps AS steps
    LEFT JOIN version_diffs USING (post_url, version_no)
),

post_closed AS (
    SELECT
        versions.site,
        versions.closed_run_id AS run_id,
        'post_deleted' AS change_kind,
        versions.valid_to AS changed_at,
        versions.post_url,
        versions.title,
        CAST(NULL AS BIGINT) AS wp_comment_id,
        CASE versions.closed_reason
            WHEN 'gone_404' THEN 'its address answers 404 Not Found'
            WHEN 'gone_410' THEN 'its address answers 410 Gone'
            WHEN 'moved' THEN 'moved to ' || coalesce(moved_to.post_url, 'another address')
            WHEN 'absent' THEN 'not found by a complete full crawl'
        END AS detail
    FROM versions
    -- A moved post: the same WordPress post, first seen at its new address by the run that closed this version.
    LEFT JOIN versions AS moved_to
        ON versions.closed_reason = 'moved'
       AND moved_to.site = versions.site
       AND moved_to.wp_post_id = versions.wp_post_id
       AND moved_to.run_id = versions.closed_run_id
       AND moved_to.post_url <> versions.post_url
    WHERE versions.closed_reason <> 'edited'
),

-- ---------------------------------------------------------------------------------------------------- comments

comment_summaries AS (
    SELECT
        comments.*,
        concat_ws(' · ',
            CASE WHEN comments.comment_type <> 'comment' THEN comments.comment_type END,
            CASE WHEN comments.parent_wp_comment_id IS NOT NULL
                 THEN 'reply to ' || comments.parent_wp_comment_id END,
            CASE WHEN comments.is_erased THEN 'erased on the commenter''s request'
                 ELSE coalesce(comments.author_name, 'anonymous') || ': '
                      || CASE WHEN length(comments.one_line) > 80 THEN left(comments.one_line, 79) || '…'
                              ELSE comments.one_line END
            END
        ) AS summary
    FROM (SELECT *, trim(regexp_replace(coalesce(body_text, ''), '\s+', ' ', 'g')) AS one_line FROM comments)
        AS comments
),

comment_changes AS (
    SELECT site, first_seen_run_id AS run_id, 'comment_new' AS change_kind, first_seen_at AS changed_at, post_url,
           CAST(NULL AS VARCHAR) AS title, wp_comment_id, summary AS detail
    FROM comment_summaries
    UNION ALL
    SELECT site, removed_run_id, 'comment_removed', removed_at, post_url, NULL, wp_comment_id, summary
    FROM comment_summaries
    WHERE removed_at IS NOT NULL
      -- Only while its post was live: comments that went with their post are told by its post_deleted row.
      AND EXISTS (
          SELECT 1 FROM versions
          WHERE versions.post_url = comment_summaries.post_url
            AND versions.valid_from <= comment_summaries.removed_at
            AND (versions.valid_to IS NULL OR versions.valid_to > comment_summaries.removed_at)
      )
),

-- ---------------------------------------------------------------------------------------------------- forms

-- Each comment form next to the same post's previous one (whichever run saw it: an incremental run reads only
-- the posts it re-fetches).
form_steps AS (
    SELECT
        forms.*,
        list_transform(forms.fields, lambda f: f.name) AS field_names,
        row_number() OVER post_forms AS form_no,
        lag(forms.is_present) OVER post_forms AS was_present,
        lag(forms.is_open) OVER post_forms AS was_open,
        lag(forms.form_kind) OVER post_forms AS was_kind,
        lag(forms.requires_login) OVER post_forms AS was_requiring_login,
        lag(forms.has_cookie_consent) OVER post_forms AS had_cookie_consent,
        lag(forms.has_subscription_options) OVER post_forms AS had_subscription_options,
        lag(forms.login_providers) OVER post_forms AS was_login_providers,
        lag(forms.required_fields) OVER post_forms AS was_required_fields,
        lag(list_transform(forms.fields, lambda f: f.name)) OVER post_forms AS was_field_names
    FROM forms
    WINDOW post_forms AS (PARTITION BY forms.post_url ORDER BY forms.crawled_at, forms.run_id)
),

-- What each list gained and lost.
form_list_changes AS (
    SELECT
        *,
        list_filter(login_providers, lambda x: NOT list_contains(was_login_providers, x)) AS providers_added,
        list_filter(was_login_providers, lambda x: NOT list_contains(login_providers, x)) AS providers_removed,
        list_filter(required_fields, lambda x: NOT list_contains(was_required_fields, x)) AS required_added,
        list_filter(was_required_fields, lambda x: NOT list_contains(required_fields, x)) AS required_removed,
        list_filter(field_names, lambda x: NOT list_contains(was_field_names, x)) AS fields_added,
        list_filter(was_field_names, lambda x: NOT list_contains(field_names, x)) AS fields_removed
    FROM form_steps
    WHERE form_no > 1
),

-- "+added −removed" for each list that changed.
form_list_diffs AS (
    SELECT
        *,
        array_to_string(list_transform(providers_added, lambda x: '+' || x)
                        || list_transform(providers_removed, lambda x: '−' || x), ' ') AS providers_diff,
        array_to_string(list_transform(required_added, lambda x: '+' || x)
                        || list_transform(required_removed, lambda x: '−' || x), ' ') AS required_diff,
        array_to_string(list_transform(fields_added, lambda x: '+' || x)
                        || list_transform(fields_removed, lambda x: '−' || x), ' ') AS fields_diff
    FROM form_list_changes
),

form_diffs AS (
    SELECT
        *,
        concat_ws('; ',
            CASE WHEN was_present AND NOT is_present THEN 'no form on the page any more'
                 WHEN is_present AND NOT was_present THEN 'a form on the page' END,
            CASE WHEN was_open AND NOT is_open THEN 'closed' || coalesce(': ''' || closed_notice || '''', '')
                 WHEN is_open AND NOT was_open THEN 'opened' END,
            CASE WHEN was_kind IS DISTINCT FROM form_kind
                 THEN 'kind: ' || coalesce(was_kind, 'none') || ' → ' || coalesce(form_kind, 'none') END,
            CASE WHEN requires_login AND NOT was_requiring_login THEN 'log-in now required'
                 WHEN was_requiring_login AND NOT requires_login THEN 'log-in no longer required' END,
            'log-in providers ' || nullif(providers_diff, ''),
            'required fields ' || nullif(required_diff, ''),
            'fields ' || nullif(fields_diff, ''),
            CASE WHEN has_cookie_consent AND NOT had_cookie_consent THEN 'cookie-consent box added'
                 WHEN had_cookie_consent AND NOT has_cookie_consent THEN 'cookie-consent box removed' END,
            CASE WHEN has_subscription_options AND NOT had_subscription_options THEN 'subscription options added'
                 WHEN had_subscription_options AND NOT has_subscription_options THEN 'subscription options removed'
            END
        ) AS detail
    FROM form_list_diffs
),

form_changes AS (
    SELECT
        site,
        run_id,
        CASE WHEN was_open AND NOT is_open THEN 'form_closed'
             WHEN is_open AND NOT was_open THEN 'form_opened'
             ELSE 'form_changed' END AS change_kind,
        crawled_at AS changed_at,
        post_url,
        CAST(NULL AS VARCHAR) AS title,
        CAST(NULL AS BIGINT) AS wp_comment_id,
        detail
    FROM form_diffs
    WHERE detail <> ''
),

-- ---------------------------------------------------------------------------------------------------- together

changes AS (
    SELECT * FROM post_opened
    UNION ALL SELECT * FROM post_closed
    UNION ALL SELECT * FROM comment_changes
    UNION ALL SELECT * FROM form_changes
),

final AS (
    SELECT
        changes.site,
        coalesce(posts.site_name, changes.site) AS site_name,
        changes.run_id,
        changes.change_kind,
        changes.changed_at,
        changes.post_url,
        coalesce(changes.title, posts.title) AS title,
        changes.wp_comment_id,
        changes.detail,
        coalesce(changes.run_id = baseline.run_id, false) AS is_baseline
    FROM changes
    LEFT JOIN posts USING (post_url)
    LEFT JOIN baseline USING (site)
)

SELECT * FROM final
