<?php
/**
 * Theme basic setup
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

// Set the content width based on the theme's design and stylesheet.
if ( ! isset( $content_width ) ) {
	$content_width = 730; /* pixels */
}

add_action( 'after_setup_theme', 'strapline_setup' );

if ( ! function_exists( 'strapline_setup' ) ) {
	/**
	 * Sets up theme defaults and registers support for various WordPress features.
	 */
	function strapline_setup() {
		load_theme_textdomain( 'strapline', get_template_directory() . '/languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );

		register_nav_menus(
			array(
				'primary' => __( 'Huvudmeny', 'strapline' ),
			)
		);

		add_theme_support(
			'html5',
			array(
				'search-form',
				'comment-form',
				'comment-list',
				'gallery',
				'caption',
				'script',
				'style',
			)
		);

		add_theme_support( 'post-thumbnails' );
		add_image_size( 'strapline-card', 730, 365, true );

		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );

		add_theme_support(
			'custom-logo',
			array(
				'height'      => 60,
				'width'       => 240,
				'flex-width'  => true,
				'flex-height' => true,
			)
		);
	}
}

add_filter( 'excerpt_more', 'strapline_custom_excerpt_more' );

if ( ! function_exists( 'strapline_custom_excerpt_more' ) ) {
	/**
	 * Removes the ... from the excerpt read more link
	 *
	 * @param string $more The excerpt.
	 * @return string
	 */
	function strapline_custom_excerpt_more( $more ) {
		if ( ! is_admin() ) {
			$more = ' &hellip;';
		}
		return $more;
	}
}

add_filter( 'excerpt_length', 'strapline_excerpt_length', 999 );

if ( ! function_exists( 'strapline_excerpt_length' ) ) {
	/**
	 * Shorter excerpts for the card listings.
	 *
	 * @param int $length Excerpt length in words.
	 * @return int
	 */
	function strapline_excerpt_length( $length ) {
		return is_admin() ? $length : 40;
	}
}
