<?php
/**
 * Atlas functions and definitions.
 *
 * Everything the theme prints is attached to action hooks (atlas_header,
 * atlas_content_before, atlas_single_header_top, atlas_single_after_entry …)
 * from the files in inc/markup/. Child themes can remove or move any part
 * with remove_action()/add_action() instead of copying templates.
 *
 * @package Atlas
 * @since   1.0.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

/**
 * Theme constants.
 */
define( 'ATLAS_THEME_VERSION', '1.4.2' );
define( 'ATLAS_THEME_DIR', trailingslashit( get_template_directory() ) );
define( 'ATLAS_THEME_URI', trailingslashit( get_template_directory_uri() ) );

/**
 * Core: options, setup, assets, icons and helpers.
 */
require_once ATLAS_THEME_DIR . 'inc/core/options.php';
require_once ATLAS_THEME_DIR . 'inc/core/setup.php';
require_once ATLAS_THEME_DIR . 'inc/core/enqueue.php';
require_once ATLAS_THEME_DIR . 'inc/core/icons.php';
require_once ATLAS_THEME_DIR . 'inc/core/helpers.php';
require_once ATLAS_THEME_DIR . 'inc/core/customizer.php';

/**
 * Template tags and features.
 */
require_once ATLAS_THEME_DIR . 'inc/template-tags.php';
require_once ATLAS_THEME_DIR . 'inc/breadcrumbs.php';
require_once ATLAS_THEME_DIR . 'inc/table-of-contents.php';
require_once ATLAS_THEME_DIR . 'inc/schema.php';
require_once ATLAS_THEME_DIR . 'inc/comments.php';

/**
 * Markup: functions hooked into the do_action() points of the templates.
 */
require_once ATLAS_THEME_DIR . 'inc/markup/header.php';
require_once ATLAS_THEME_DIR . 'inc/markup/page-title.php';
require_once ATLAS_THEME_DIR . 'inc/markup/archive.php';
require_once ATLAS_THEME_DIR . 'inc/markup/single.php';
require_once ATLAS_THEME_DIR . 'inc/markup/sidebar.php';
require_once ATLAS_THEME_DIR . 'inc/markup/footer.php';
