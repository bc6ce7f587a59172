<?php
/**
 * Strapline enqueue scripts
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

if ( ! function_exists( 'strapline_scripts' ) ) {
	/**
	 * Load theme's JavaScript and CSS sources.
	 */
	function strapline_scripts() {
		$theme_dir = get_template_directory();
		$theme_uri = get_template_directory_uri();

		// Compiled Bootstrap + theme SCSS (built locally, never from a CDN).
		if ( file_exists( $theme_dir . '/css/theme.min.css' ) ) {
			wp_enqueue_style( 'strapline-bootstrap', $theme_uri . '/css/theme.min.css', array(), STRAPLINE_VERSION );
		}
		wp_enqueue_style( 'strapline-styles', get_stylesheet_uri(), array(), STRAPLINE_VERSION );

		wp_enqueue_script( 'strapline-scripts', $theme_uri . '/js/theme.js', array(), STRAPLINE_VERSION, true );

		if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
			wp_enqueue_script( 'comment-reply' );
		}
	}
}

add_action( 'wp_enqueue_scripts', 'strapline_scripts' );
