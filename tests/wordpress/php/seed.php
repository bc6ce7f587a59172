<?php
/* Installs WordPress into an empty database and seeds it from the content file (run by testbed.py). */

// Installing: WordPress must not redirect to wp-admin/install.php while its tables don't exist yet.
define('WP_INSTALLING', true);
require __DIR__ . '/bootstrap.php';

/** Pluggable: a fresh install would mail the admin, and there is no mail on a test machine. */
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password): void
{
}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

const WPARCHIVE_APPROVAL = ['approved' => 1, 'pending' => 0, 'spam' => 'spam'];

/** A deterministic PNG (same file name, same bytes) so that re-seeding yields identical uploads. */
function wparchive_png(string $file): string
{
    $width = 800;
    $height = 450;
    $hash = md5($file);
    $image = imagecreatetruecolor($width, $height);
    $rgb = static fn(int $at): array => [hexdec(substr($hash, $at, 2)), hexdec(substr($hash, $at + 2, 2)), hexdec(substr($hash, $at + 4, 2))];
    imagefilledrectangle($image, 0, 0, $width, $height, imagecolorallocate($image, ...$rgb(0)));
    imagefilledellipse($image, (int) ($width * 0.65), (int) ($height * 0.55), 360, 240, imagecolorallocate($image, ...$rgb(6)));
    imagefilledrectangle($image, 40, 300, 380, 410, imagecolorallocate($image, ...$rgb(12)));
    imagestring($image, 5, 40, 40, $file, imagecolorallocate($image, 255, 255, 255));
    ob_start();
    imagepng($image, null, 6);
    imagedestroy($image);
    return (string) ob_get_clean();
}

/** Uploads one generated image as an attachment of $post_id and returns its id, URL and wp:image block. */
function wparchive_attach_image(array $image, int $post_id, int $author_id, string $date, string $date_gmt): array
{
    $upload = wp_upload_bits($image['file'], null, wparchive_png($image['file']), substr($date, 0, 4) . '/' . substr($date, 5, 2));
    if ($upload['error']) {
        wparchive_fail("upload of {$image['file']} failed: {$upload['error']}");
    }
    $caption = $image['caption'] ?? '';
    $attachment_id = wp_insert_attachment([
        'post_mime_type' => 'image/png',
        'post_title' => pathinfo($image['file'], PATHINFO_FILENAME),
        'post_excerpt' => $caption,
        'post_content' => '',
        'post_status' => 'inherit',
        'post_author' => $author_id,
        'post_date' => $date,
        'post_date_gmt' => $date_gmt,
        'guid' => $upload['url'],
    ], $upload['file'], $post_id, true);
    if (is_wp_error($attachment_id)) {
        wparchive_fail("attachment {$image['file']}: " . $attachment_id->get_error_message());
    }
    update_post_meta($attachment_id, '_wp_attachment_image_alt', $image['alt']);
    wp_update_attachment_metadata($attachment_id, wp_generate_attachment_metadata($attachment_id, $upload['file']));

    // The markup the block editor saves for an image block with a caption (WordPress 6.1).
    $figcaption = $caption === '' ? '' : '<figcaption class="wp-element-caption">' . esc_html($caption) . '</figcaption>';
    $block = sprintf(
        "\n\n<!-- wp:image {\"id\":%d,\"sizeSlug\":\"full\",\"linkDestination\":\"none\"} -->\n"
        . '<figure class="wp-block-image size-full"><img src="%s" alt="%s" class="wp-image-%d"/>%s</figure>'
        . "\n<!-- /wp:image -->",
        $attachment_id, esc_url($upload['url']), esc_attr($image['alt']), $attachment_id, $figcaption
    );
    return ['id' => $attachment_id, 'file' => $image['file'], 'path' => wp_make_link_relative($upload['url']), 'block' => $block];
}

/** The permalink a post has, or would have once published (drafts otherwise only get ?p=ID). */
function wparchive_permalink_path(int $post_id): string
{
    $post = clone get_post($post_id);
    $post->post_status = 'publish';
    return wp_make_link_relative(get_permalink($post));
}

$content = json_decode((string) file_get_contents($wparchive_request['content']), true, 512, JSON_THROW_ON_ERROR);
foreach (['site' => 'object', 'authors' => 'list', 'categories' => 'list', 'posts' => 'list', 'comments' => 'list'] as $part => $shape) {
    if (!isset($content[$part]) || !is_array($content[$part]) || array_is_list($content[$part]) !== ($shape === 'list')) {
        wparchive_fail("{$wparchive_request['content']}: '$part' must be a JSON $shape (see tests/wordpress/CONTENT.md)");
    }
}
$site = $content['site'];

// From here on a warning (a missing key in the content file, a failed upload …) is a failed seed, not a
// quietly incomplete site.
set_error_handler(static function (int $level, string $message, string $file, int $line): bool {
    wparchive_fail("PHP warning while seeding: $message ($file:$line)");
}, E_WARNING | E_USER_WARNING);

// As wp-admin/install.php does for a chosen language: load it first so that the defaults written by
// populate_options() (date format, default category name …) are the Swedish ones.
load_default_textdomain($site['locale']);
$GLOBALS['wp_locale'] = new WP_Locale();

wp_install($site['title'], 'admin', 'admin@example.com', 1, '', 'admin', $site['locale']);

// wp_install_defaults() adds "Hello world!", a sample page, a privacy-policy draft and a comment: the tests
// assert that the site holds exactly the content file, so they go.
foreach ($wpdb->get_col("SELECT ID FROM {$wpdb->posts}") as $default_post_id) {
    wp_delete_post((int) $default_post_id, true);
}
update_option('wp_page_for_privacy_policy', 0);

$options = [
    'blogdescription' => $site['description'],
    'timezone_string' => $site['timezone'],
    'gmt_offset' => '',
    'posts_per_page' => $site['posts_per_page'],
    'page_comments' => 1,
    'comments_per_page' => $site['comments_per_page'],
    'thread_comments' => 1,
    'thread_comments_depth' => $site['thread_comments_depth'],
    'default_comments_page' => $site['default_comments_page'],
    'comment_order' => $site['comment_order'],
    'close_comments_for_old_posts' => 0,
    'comment_moderation' => 0,
    'blog_public' => 1,
    // Nobody reads the mail, and with no sendmail every notification would only add noise to the PHP log.
    'comments_notify' => 0,
    'moderation_notify' => 0,
    // Seeded posts must not queue pingbacks to the URLs they mention.
    'default_pingback_flag' => 0,
    // Remembered so that testbed.py can rewrite absolute URLs in post bodies when the port changes.
    'wparchive_base_url' => home_url(),
];
foreach ($options as $name => $value) {
    update_option($name, $value);
}
switch_theme($wparchive_request['theme']);
$wp_rewrite->set_permalink_structure($wparchive_request['permalinks']);
flush_rewrite_rules(false);

$ids = ['posts' => [], 'comments' => [], 'attachments' => [], 'authors' => [], 'categories' => [], 'tags' => []];

foreach ($content['authors'] as $author) {
    $user_id = wp_insert_user([
        'user_login' => $author['login'],
        'user_pass' => 'wparchive-' . $author['login'],
        'user_email' => $author['email'],
        'display_name' => $author['display_name'],
        'nickname' => $author['display_name'],
        'role' => $author['role'],
    ]);
    if (is_wp_error($user_id)) {
        wparchive_fail("author {$author['login']}: " . $user_id->get_error_message());
    }
    $ids['authors'][$author['login']] = $user_id;
}

foreach ($content['categories'] as $category) {
    $args = ['slug' => $category['slug']];
    if (isset($category['parent'])) {
        // Listed after its parent; the same name may repeat under different parents.
        $args['parent'] = $ids['categories'][$category['parent']] ?? wparchive_fail("category {$category['slug']}: unknown parent");
    }
    $term = wp_insert_term($category['name'], 'category', $args);
    if (is_wp_error($term)) {
        wparchive_fail("category {$category['slug']}: " . $term->get_error_message());
    }
    $ids['categories'][$category['slug']] = $term['term_id'];
}

$now_gmt = current_time('mysql', true);
foreach ($content['posts'] as $post) {
    $key = $post['key'];
    if (!isset($ids['authors'][$post['author']])) {
        wparchive_fail("post $key: unknown author {$post['author']}");
    }
    $author_id = $ids['authors'][$post['author']];
    $date_gmt = get_gmt_from_date($post['date']);
    if ($date_gmt > $now_gmt) {
        wparchive_fail("post $key: date {$post['date']} is in the future; WordPress would schedule it instead");
    }
    $category_ids = [];
    foreach ($post['categories'] ?? [] as $slug) {
        if (!isset($ids['categories'][$slug])) {
            wparchive_fail("post $key: unknown category $slug");
        }
        $category_ids[] = $ids['categories'][$slug];
    }
    $post_id = wp_insert_post([
        'post_type' => $post['type'],
        'post_status' => $post['status'],
        'post_title' => $post['title'],
        'post_name' => $post['slug'],
        'post_author' => $author_id,
        'post_date' => $post['date'],
        'post_date_gmt' => $date_gmt,
        'post_content' => $post['content'],
        'post_password' => $post['password'] ?? '',
        'comment_status' => $post['comment_status'],
        'post_category' => $category_ids,
        'tags_input' => $post['tags'] ?? [],
    ], true);
    if (is_wp_error($post_id)) {
        wparchive_fail("post $key: " . $post_id->get_error_message());
    }
    if (!empty($post['sticky'])) {
        stick_post($post_id);
    }

    $body = $post['content'];
    $ids['attachments'][$key] = [];
    $gallery = [];
    foreach ($post['images'] ?? [] as $image) {
        $attachment = wparchive_attach_image($image, $post_id, $author_id, $post['date'], $date_gmt);
        $placement = $image['placement'] ?? 'content';
        if ($placement === 'featured') {
            set_post_thumbnail($post_id, $attachment['id']);  // shown by the theme, not in the content
        } elseif ($placement === 'gallery') {
            $gallery[] = $attachment['block'];
        } else {
            $body .= $attachment['block'];
        }
        unset($attachment['block']);
        $attachment['placement'] = $placement;
        $ids['attachments'][$key][] = $attachment;
    }
    if ($gallery) {
        // The markup the block editor saves for a gallery of image blocks (WordPress 6.1).
        $body .= "\n\n<!-- wp:gallery {\"linkTo\":\"none\"} -->\n"
            . '<figure class="wp-block-gallery has-nested-images columns-default is-cropped">'
            . implode('', $gallery) . "\n</figure>\n<!-- /wp:gallery -->";
    }
    // A post seeded "as published on its date and never edited": modified = published, which also makes
    // every seed identical and lets tests see a real edit as a change of `modified`.
    $wpdb->update(
        $wpdb->posts,
        ['post_content' => $body, 'post_modified' => $post['date'], 'post_modified_gmt' => $date_gmt],
        ['ID' => $post_id]
    );
    clean_post_cache($post_id);

    $ids['posts'][$key] = [
        'id' => $post_id,
        'path' => wparchive_permalink_path($post_id),
        'type' => $post['type'],
        'status' => $post['status'],
    ];
}

// Parents before replies, whatever the order of the file.
$pending = $content['comments'];
while ($pending) {
    $inserted = 0;
    foreach ($pending as $index => $comment) {
        $parent_key = $comment['parent'] ?? null;
        if ($parent_key !== null && !isset($ids['comments'][$parent_key])) {
            continue;
        }
        if (!isset($ids['posts'][$comment['post']])) {
            wparchive_fail("comment {$comment['key']}: unknown post {$comment['post']}");
        }
        if (!array_key_exists($comment['status'], WPARCHIVE_APPROVAL)) {
            wparchive_fail("comment {$comment['key']}: unknown status {$comment['status']}");
        }
        $comment_id = wp_insert_comment([
            'comment_post_ID' => $ids['posts'][$comment['post']]['id'],
            'comment_parent' => $parent_key === null ? 0 : $ids['comments'][$parent_key],
            'comment_author' => $comment['author'],
            'comment_author_email' => $comment['author_email'],
            'comment_author_url' => $comment['author_url'] ?? '',
            'comment_author_IP' => '127.0.0.1',
            'comment_agent' => 'wparchive-testbed',
            'comment_date' => $comment['date'],
            'comment_date_gmt' => get_gmt_from_date($comment['date']),
            'comment_content' => $comment['content'],
            'comment_type' => $comment['type'],
            'comment_approved' => WPARCHIVE_APPROVAL[$comment['status']],
            'user_id' => 0,
        ]);
        if (!$comment_id) {
            wparchive_fail("comment {$comment['key']}: wp_insert_comment failed: " . $wpdb->last_error);
        }
        $ids['comments'][$comment['key']] = $comment_id;
        unset($pending[$index]);
        $inserted++;
    }
    if ($inserted === 0) {
        wparchive_fail('comments with an unknown or circular parent: ' . implode(', ', array_column($pending, 'key')));
    }
}

foreach ($content['posts'] as $post) {
    foreach ($post['tags'] ?? [] as $tag) {
        $term = get_term_by('name', $tag, 'post_tag');
        $ids['tags'][$tag] = $term ? $term->term_id : null;
    }
}

// Maps stay JSON objects even when empty (json_encode writes an empty PHP array as []).
foreach (['posts', 'comments', 'attachments', 'authors', 'categories', 'tags'] as $map) {
    $ids[$map] = (object) $ids[$map];
}
wparchive_reply($ids);
