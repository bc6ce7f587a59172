<?php
/* Changes a seeded test-bed site the way an editor or a commenter would (run by testbed.py's mutate()). */

require __DIR__ . '/bootstrap.php';

const WPARCHIVE_APPROVAL = ['approved' => 1, 'pending' => 0, 'spam' => 'spam'];

/** The post named by params[$name] (an id), or a clear failure. */
function wparchive_post(array $params, string $name = 'post'): WP_Post
{
    $post = isset($params[$name]) ? get_post((int) $params[$name]) : null;
    if (!$post) {
        wparchive_fail("no post with id " . json_encode($params[$name] ?? null));
    }
    return $post;
}

/** The comment named by params[$name] (an id), or a clear failure. */
function wparchive_comment(array $params, string $name = 'comment'): WP_Comment
{
    $comment = isset($params[$name]) ? get_comment((int) $params[$name]) : null;
    if (!$comment) {
        wparchive_fail("no comment with id " . json_encode($params[$name] ?? null));
    }
    return $comment;
}

/** What a test needs to know about a post after changing it. */
function wparchive_post_state(int $post_id): array
{
    $post = get_post($post_id);
    return [
        'id' => $post->ID,
        'status' => $post->post_status,
        'title' => $post->post_title,
        'comment_status' => $post->comment_status,
        'modified_gmt' => $post->post_modified_gmt,
        'url' => get_permalink($post),
    ];
}

/** What a test needs to know about a comment after changing it (null once deleted). */
function wparchive_comment_state(int $comment_id): ?array
{
    $comment = get_comment($comment_id);
    if (!$comment) {
        return null;
    }
    return [
        'id' => (int) $comment->comment_ID,
        'post' => (int) $comment->comment_post_ID,
        'parent' => (int) $comment->comment_parent,
        'approved' => $comment->comment_approved,
        'url' => get_comment_link($comment),
    ];
}

$params = $wparchive_request['params'] ?? [];
switch ($wparchive_request['action']) {
    case 'edit_post':
        $post = wparchive_post($params);
        $changes = ['ID' => $post->ID];
        if (isset($params['title'])) {
            $changes['post_title'] = $params['title'];
        }
        if (isset($params['content'])) {
            $changes['post_content'] = $params['content'];
        }
        if (count($changes) === 1) {
            wparchive_fail('edit_post needs a title or a content');
        }
        $result = wp_update_post(wp_slash($changes), true);
        if (is_wp_error($result)) {
            wparchive_fail('edit_post: ' . $result->get_error_message());
        }
        wparchive_reply(['post' => wparchive_post_state($post->ID)]);
        break;

    case 'trash_post':
        $post = wparchive_post($params);
        if (!wp_trash_post($post->ID)) {
            wparchive_fail("trash_post: post {$post->ID} could not be trashed (status {$post->post_status})");
        }
        wparchive_reply(['post' => wparchive_post_state($post->ID)]);
        break;

    case 'restore_post':
        $post = wparchive_post($params);
        // Since WordPress 5.6 an untrashed post comes back as a draft; an editor's "Restore" of a published post
        // is what the tests mean, so put back the status it had.
        add_filter('wp_untrash_post_status', 'wp_untrash_post_set_previous_status', 10, 3);
        if (!wp_untrash_post($post->ID)) {
            wparchive_fail("restore_post: post {$post->ID} could not be restored (status {$post->post_status})");
        }
        wparchive_reply(['post' => wparchive_post_state($post->ID)]);
        break;

    case 'close_comments':
    case 'open_comments':
        $post = wparchive_post($params);
        // Through wp_update_post, as the editor's "Allow comments" box does: `modified` changes too.
        $status = $wparchive_request['action'] === 'close_comments' ? 'closed' : 'open';
        $result = wp_update_post(['ID' => $post->ID, 'comment_status' => $status], true);
        if (is_wp_error($result)) {
            wparchive_fail($wparchive_request['action'] . ': ' . $result->get_error_message());
        }
        wparchive_reply(['post' => wparchive_post_state($post->ID)]);
        break;

    case 'add_comment':
        $post = wparchive_post($params);
        $parent = empty($params['parent']) ? null : wparchive_comment($params, 'parent');
        if ($parent && (int) $parent->comment_post_ID !== $post->ID) {
            wparchive_fail("add_comment: parent {$parent->comment_ID} belongs to post {$parent->comment_post_ID}, not {$post->ID}");
        }
        $status = $params['status'] ?? 'approved';
        if (!array_key_exists($status, WPARCHIVE_APPROVAL)) {
            wparchive_fail("add_comment: unknown status $status");
        }
        $date = $params['date'] ?? current_time('mysql');
        $comment_id = wp_insert_comment([
            'comment_post_ID' => $post->ID,
            'comment_parent' => $parent ? (int) $parent->comment_ID : 0,
            'comment_author' => $params['author'] ?? 'Testbed Commenter',
            'comment_author_email' => $params['author_email'] ?? 'commenter@example.com',
            'comment_author_url' => $params['author_url'] ?? '',
            'comment_author_IP' => '127.0.0.1',
            'comment_agent' => 'wparchive-testbed',
            'comment_date' => $date,
            'comment_date_gmt' => get_gmt_from_date($date),
            'comment_content' => $params['content'] ?? wparchive_fail('add_comment needs a content'),
            'comment_type' => $params['type'] ?? 'comment',
            'comment_approved' => WPARCHIVE_APPROVAL[$status],
            'user_id' => 0,
        ]);
        if (!$comment_id) {
            wparchive_fail('add_comment: wp_insert_comment failed: ' . $wpdb->last_error);
        }
        wparchive_reply(['comment' => wparchive_comment_state($comment_id)]);
        break;

    case 'approve_comment':
    case 'unapprove_comment':
    case 'spam_comment':
        $comment = wparchive_comment($params);
        $new_status = ['approve_comment' => 'approve', 'unapprove_comment' => 'hold', 'spam_comment' => 'spam'][$wparchive_request['action']];
        $result = wp_set_comment_status((int) $comment->comment_ID, $new_status, true);
        if (is_wp_error($result)) {
            wparchive_fail($wparchive_request['action'] . ': ' . $result->get_error_message());
        }
        wparchive_reply(['comment' => wparchive_comment_state((int) $comment->comment_ID)]);
        break;

    case 'delete_comment':
        $comment = wparchive_comment($params);
        // Deleted for good (not trashed), as "Delete permanently" does; WordPress re-parents its replies.
        if (!wp_delete_comment((int) $comment->comment_ID, true)) {
            wparchive_fail("delete_comment: comment {$comment->comment_ID} could not be deleted");
        }
        wparchive_reply(['comment' => null, 'deleted' => (int) $comment->comment_ID]);
        break;

    case 'rebase_urls':
        // The site moved to another port: rewrite the absolute URLs WordPress stored (image src, guid).
        $old = get_option('wparchive_base_url');
        $new = home_url();
        if ($old && $old !== $new) {
            // With the slash, http://127.0.0.1:4000/ can't match inside http://127.0.0.1:40001/.
            $wpdb->query($wpdb->prepare(
                "UPDATE {$wpdb->posts} SET post_content = REPLACE(post_content, %s, %s), guid = REPLACE(guid, %s, %s)",
                "$old/", "$new/", "$old/", "$new/"
            ));
            update_option('wparchive_base_url', $new);
        }
        wparchive_reply(['old' => $old, 'new' => $new]);
        break;

    default:
        wparchive_fail('unknown action ' . json_encode($wparchive_request['action'] ?? null));
}
