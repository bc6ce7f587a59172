<?php
/**
 * Theme setup: supports, menus, image sizes, widget areas.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'atlas_setup' ) ) :
	/**
	 * Sets up theme defaults and registers support for WordPress features.
	 */
	function atlas_setup() {
		load_theme_textdomain( 'atlas', ATLAS_THEME_DIR . 'languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		set_post_thumbnail_size( 1200, 675, true );

		add_image_size( 'atlas-card', 720, 405, true );
		add_image_size( 'atlas-related', 480, 300, true );

		register_nav_menus(
			array(
				'primary' => esc_html__( 'Huvudmeny', 'atlas' ),
				'footer'  => esc_html__( 'Sidfotsmeny', 'atlas' ),
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
				'style',
				'script',
				'navigation-widgets',
			)
		);

		add_theme_support(
			'custom-logo',
			array(
				'height'      => 80,
				'width'       => 240,
				'flex-height' => true,
				'flex-width'  => true,
			)
		);

		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );
		add_theme_support( 'wp-block-styles' );
	}
endif;
add_action( 'after_setup_theme', 'atlas_setup' );

/**
 * Content width in pixels, based on the theme's design.
 *
 * @global int $content_width
 */
function atlas_content_width() {
	// phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound
	$GLOBALS['content_width'] = apply_filters( 'atlas_content_width', 780 );
}
add_action( 'after_setup_theme', 'atlas_content_width', 0 );

/**
 * Registers the widget areas.
 */
function atlas_widgets_init() {
	$shared = array(
		'before_widget' => '<section id="%1$s" class="widget atlas-widget %2$s">',
		'after_widget'  => '</section>',
		'before_title'  => '<h2 class="widget-title atlas-widget-title">',
		'after_title'   => '</h2>',
	);

	register_sidebar(
		array_merge(
			$shared,
			array(
				'name'        => esc_html__( 'Sidofält', 'atlas' ),
				'id'          => 'sidebar-1',
				'description' => esc_html__( 'Widgetar här visas bredvid blogglistan och inläggen.', 'atlas' ),
			)
		)
	);

	for ( $i = 1; $i <= 3; $i++ ) {
		register_sidebar(
			array_merge(
				$shared,
				array(
					/* translators: %d: footer widget area number. */
					'name'        => sprintf( esc_html__( 'Sidfot %d', 'atlas' ), $i ),
					'id'          => 'footer-' . $i,
					'description' => esc_html__( 'Widgetar här visas i sidfoten.', 'atlas' ),
				)
			)
		);
	}
}
add_action( 'widgets_init', 'atlas_widgets_init' );

/**
 * Shorter excerpts on the blog listing.
 *
 * @param int $length Excerpt length in words.
 * @return int
 */
function atlas_excerpt_length( $length ) {
	if ( is_admin() ) {
		return $length;
	}
	return absint( atlas_get_option( 'archive_excerpt_length' ) );
}
add_filter( 'excerpt_length', 'atlas_excerpt_length', 20 );

/**
 * Replaces the "[…]" at the end of excerpts.
 *
 * @param string $more Default "more" string.
 * @return string
 */
function atlas_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return '&hellip;';
}
add_filter( 'excerpt_more', 'atlas_excerpt_more' );
