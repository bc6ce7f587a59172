<?php
/**
 * page.php – samma logik som Hello Elementors index.php.
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

require get_template_directory() . '/index.php';
