<?php
/*
 * wparchive test bed: /etc/wordpress/config-127.0.0.1.php, installed by tests/wordpress (testbed.py and
 * install-packages.sh). Debian's wp-config.php picks this file for every site on 127.0.0.1, whatever the port,
 * so it only dispatches: each test-bed nginx server block (and each test-bed PHP script) names its own site
 * config in WPARCHIVE_CONFIG. Generic on purpose: several checkouts may run test beds side by side.
 */
$wparchive_config = isset($_SERVER['WPARCHIVE_CONFIG']) ? (string) $_SERVER['WPARCHIVE_CONFIG'] : '';
if ($wparchive_config === '' || basename($wparchive_config) !== 'wp-config.php' || !is_file($wparchive_config)) {
    header('HTTP/1.0 500 Internal Server Error');
    header('Content-Type: text/plain; charset=utf-8');
    echo "wparchive test bed: no site config for this request.\n"
        . "/etc/wordpress/config-127.0.0.1.php expects the web server (or the PHP script) to set WPARCHIVE_CONFIG\n"
        . "to a test-bed site's wp-config.php; got '" . $wparchive_config . "'.\n"
        . "Start the test bed with: python -m tests.wordpress.testbed up\n";
    exit(1);
}
require $wparchive_config;
