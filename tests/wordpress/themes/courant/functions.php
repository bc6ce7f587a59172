<?php
/**
 * Courant – funktioner och temainställningar.
 *
 * @package Courant
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'COURANT_VERSION', '1.0.0' );

if ( ! isset( $content_width ) ) {
	$content_width = 760;
}

if ( ! function_exists( 'courant_setup' ) ) :
	/**
	 * Temats grundinställningar.
	 */
	function courant_setup() {
		load_theme_textdomain( 'courant', get_template_directory() . '/languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		set_post_thumbnail_size( 1200, 675, true );
		add_image_size( 'courant-card', 640, 360, true );
		add_image_size( 'courant-thumb', 160, 108, true );

		add_theme_support(
			'html5',
			array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'style', 'script', 'navigation-widgets' )
		);
		add_theme_support(
			'custom-logo',
			array(
				'height'      => 90,
				'width'       => 360,
				'flex-height' => true,
				'flex-width'  => true,
			)
		);
		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );
		add_theme_support( 'wp-block-styles' );

		register_nav_menus(
			array(
				'primary' => __( 'Huvudmeny', 'courant' ),
				'top'     => __( 'Toppmeny (ovanför loggan)', 'courant' ),
				'footer'  => __( 'Sidfotsmeny', 'courant' ),
			)
		);
	}
endif;
add_action( 'after_setup_theme', 'courant_setup' );

/**
 * Widgetytor: sidofält och tre sidfotskolumner.
 */
function courant_widgets_init() {
	$common = array(
		'before_widget' => '<section id="%1$s" class="widget %2$s">',
		'after_widget'  => '</section>',
		'before_title'  => '<h2 class="widget-title"><span>',
		'after_title'   => '</span></h2>',
	);

	register_sidebar(
		array_merge(
			$common,
			array(
				'name'        => __( 'Sidofält', 'courant' ),
				'id'          => 'sidebar-1',
				'description' => __( 'Visas under listan ”Mest läst” bredvid artiklar och nyhetslistor.', 'courant' ),
			)
		)
	);

	for ( $i = 1; $i <= 3; $i++ ) {
		register_sidebar(
			array_merge(
				$common,
				array(
					/* translators: %d: kolumnens nummer. */
					'name'        => sprintf( __( 'Sidfot, kolumn %d', 'courant' ), $i ),
					'id'          => 'footer-' . $i,
					'description' => __( 'Widgetar i sidfoten.', 'courant' ),
				)
			)
		);
	}
}
add_action( 'widgets_init', 'courant_widgets_init' );

/**
 * Stilmallar och skript (allt lokalt, inga externa resurser).
 */
function courant_scripts() {
	wp_enqueue_style( 'courant-style', get_stylesheet_uri(), array(), COURANT_VERSION );
	wp_enqueue_script( 'courant-script', get_template_directory_uri() . '/assets/js/courant.js', array(), COURANT_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'courant_scripts' );

/**
 * Pingback-adress i huvudet för enskilda inlägg.
 */
function courant_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'courant_pingback_header' );

require get_template_directory() . '/inc/template-tags.php';
require get_template_directory() . '/inc/template-functions.php';
require get_template_directory() . '/inc/comments.php';
