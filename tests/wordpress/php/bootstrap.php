<?php
/* Loads WordPress for one test-bed site from the command line; testbed.py sends a JSON request on stdin. */

if (PHP_SAPI !== 'cli') {
    exit(1);
}

/** Stops the script with a message testbed.py shows in its exception. */
function wparchive_fail(string $message): never
{
    fwrite(STDERR, "wparchive test bed: $message\n");
    exit(3);
}

/** Writes the script's answer where testbed.py reads it (stdout may carry WordPress noise). */
function wparchive_reply(array $data): void
{
    global $wparchive_request;
    $json = json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
    if (file_put_contents($wparchive_request['result_path'], $json . "\n") === false) {
        wparchive_fail('cannot write ' . $wparchive_request['result_path']);
    }
}

$wparchive_request = json_decode((string) stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
foreach (['config', 'host', 'result_path'] as $wparchive_key) {
    if (!isset($wparchive_request[$wparchive_key])) {
        wparchive_fail("request lacks '$wparchive_key'");
    }
}

// What nginx would pass: Debian's wp-config.php picks /etc/wordpress/config-<host>.php from HTTP_HOST, and the
// dispatcher there picks the site from WPARCHIVE_CONFIG; WP_HOME is built from HTTP_HOST (port included).
[$wparchive_name, $wparchive_port] = explode(':', $wparchive_request['host'], 2);
$_SERVER['HTTP_HOST'] = $wparchive_request['host'];
$_SERVER['SERVER_NAME'] = $wparchive_name;
$_SERVER['SERVER_PORT'] = $wparchive_port;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
$_SERVER['WPARCHIVE_CONFIG'] = $wparchive_request['config'];

require '/usr/share/wordpress/wp-load.php';

// Scripts never talk HTTP: wp_install() would probe the permalink structure and publishing would ping.
add_filter('pre_http_request', static fn() => new WP_Error('wparchive_testbed', 'no HTTP from test-bed scripts'));
// The content file is trusted and must reach the database byte for byte (no user is logged in here, so
// WordPress would otherwise run the post bodies through kses).
kses_remove_filters();
