<?php
/**
 * Stjärna – funktioner och definitioner.
 *
 * Temat följer Astras markup (ast-*-klasser, schema.org-mikrodata) så att
 * kundens gamla Astra-CSS och tillägg fortsätter fungera. Byråns justeringar
 * från barntemat ligger direkt i inc/.
 *
 * @package Stjarna
 * @since   1.0.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

define( 'STJARNA_THEME_VERSION', '2.3.1' );
define( 'STJARNA_THEME_DIR', trailingslashit( get_template_directory() ) );
define( 'STJARNA_THEME_URI', trailingslashit( get_template_directory_uri() ) );

if ( ! isset( $content_width ) ) {
	$content_width = 700; /* pixels */
}

if ( ! function_exists( 'stjarna_setup' ) ) :
	/**
	 * Temastöd, menyer och bildstorlekar.
	 */
	function stjarna_setup() {

		load_theme_textdomain( 'stjarna', STJARNA_THEME_DIR . 'languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'align-wide' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support(
			'custom-logo',
			array(
				'flex-width'  => true,
				'flex-height' => true,
			)
		);

		// Samma html5-stöd som Astra deklarerar.
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
			)
		);

		register_nav_menus(
			array(
				'primary'     => __( 'Huvudmeny', 'stjarna' ),
				'mobile_menu' => __( 'Mobilmeny', 'stjarna' ),
				'footer_menu' => __( 'Sidfotsmeny', 'stjarna' ),
			)
		);
	}
endif;
add_action( 'after_setup_theme', 'stjarna_setup' );

/**
 * Widgetområden (samma id:n som Astra så att kundens widgets följer med).
 */
function stjarna_widgets_init() {
	register_sidebar(
		array(
			'name'          => __( 'Huvudsidopanel', 'stjarna' ),
			'id'            => 'sidebar-1',
			'description'   => __( 'Widgets här visas i sidopanelen.', 'stjarna' ),
			'before_widget' => '<aside id="%1$s" class="widget %2$s">',
			'after_widget'  => '</aside>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);

	register_sidebar(
		array(
			'name'          => __( 'Sidfot widget 1', 'stjarna' ),
			'id'            => 'footer-widget-1',
			'description'   => '',
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'stjarna_widgets_init' );

/**
 * Stilar och skript.
 */
function stjarna_scripts() {
	wp_enqueue_style( 'astra-theme-css', get_stylesheet_uri(), array(), STJARNA_THEME_VERSION );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'stjarna_scripts' );

require_once STJARNA_THEME_DIR . 'inc/strings.php';
require_once STJARNA_THEME_DIR . 'inc/markup.php';
require_once STJARNA_THEME_DIR . 'inc/template-tags.php';
require_once STJARNA_THEME_DIR . 'inc/comments.php';
