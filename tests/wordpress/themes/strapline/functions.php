<?php
/**
 * Strapline functions and definitions
 *
 * @package Strapline
 */

// Exit if accessed directly.
defined( 'ABSPATH' ) || exit;

define( 'STRAPLINE_VERSION', '1.3.2' );

$strapline_includes = array(
	'/setup.php',                  // Theme setup and custom theme supports.
	'/widgets.php',                // Register widget area.
	'/enqueue.php',                // Enqueue scripts and styles.
	'/template-tags.php',          // Custom template tags for this theme.
	'/pagination.php',             // Custom pagination for this theme.
	'/extras.php',                 // Custom functions that act independently of the theme templates.
	'/class-strapline-navwalker.php', // Bootstrap 5 nav walker.
	'/class-strapline-comment-walker.php', // Bootstrap media object comments.
	'/comments.php',               // Comment form tweaks.
);

foreach ( $strapline_includes as $file ) {
	require_once get_template_directory() . '/inc' . $file;
}
