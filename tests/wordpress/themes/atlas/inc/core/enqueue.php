<?php
/**
 * Styles and scripts. Everything is local: no web fonts, no CDN.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Enqueues front-end assets.
 */
function atlas_enqueue_assets() {
	wp_enqueue_style( 'atlas-style', get_stylesheet_uri(), array(), ATLAS_THEME_VERSION );
	wp_add_inline_style( 'atlas-style', atlas_dynamic_css() );

	wp_enqueue_script( 'atlas-navigation', ATLAS_THEME_URI . 'assets/js/navigation.js', array(), ATLAS_THEME_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'atlas_enqueue_assets' );

/**
 * CSS generated from the Customizer options (accent colour, container width).
 *
 * @return string
 */
function atlas_dynamic_css() {
	$accent = sanitize_hex_color( atlas_get_option( 'accent_color' ) );
	$width  = absint( atlas_get_option( 'container_width' ) );

	$css = ':root{';
	if ( $accent ) {
		$css .= '--atlas-accent:' . $accent . ';';
	}
	if ( $width >= 768 ) {
		$css .= '--atlas-container-width:' . $width . 'px;';
	}
	$css .= '}';

	/**
	 * Filters the dynamic CSS printed after the main stylesheet.
	 *
	 * @param string $css CSS.
	 */
	return apply_filters( 'atlas_dynamic_css', $css );
}

/**
 * Adds a pingback url auto-discovery header for single posts, pages, or attachments.
 */
function atlas_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'atlas_pingback_header' );
