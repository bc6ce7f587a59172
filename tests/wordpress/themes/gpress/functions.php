<?php
/**
 * gpress – funktioner och definitioner.
 *
 * Uppbyggt som GeneratePress: små template-filer som anropar hooks
 * (generate_before_content, generate_after_entry_title …) och
 * funktioner i inc/ som kopplas på dessa hooks.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

define( 'GENERATE_VERSION', '3.4.0' );

if ( ! function_exists( 'generate_setup' ) ) {
	add_action( 'after_setup_theme', 'generate_setup' );
	/**
	 * Sets up theme defaults and registers support for various WordPress features.
	 */
	function generate_setup() {
		load_theme_textdomain( 'gpress' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'post-thumbnails' );
		add_theme_support( 'post-formats', array( 'aside', 'image', 'video', 'quote', 'link', 'status' ) );
		add_theme_support( 'woocommerce' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'html5', array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'script', 'style' ) );
		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'align-wide' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support(
			'custom-logo',
			array(
				'height'      => 70,
				'width'       => 350,
				'flex-height' => true,
				'flex-width'  => true,
			)
		);

		register_nav_menus(
			array(
				'primary' => __( 'Primär meny', 'gpress' ),
			)
		);

		global $content_width;
		if ( ! isset( $content_width ) ) {
			$content_width = 1200;
		}
	}
}

if ( ! function_exists( 'generate_widgets_init' ) ) {
	add_action( 'widgets_init', 'generate_widgets_init' );
	/**
	 * Register widgetized area and update sidebar with default widgets.
	 */
	function generate_widgets_init() {
		$widgets = array(
			'sidebar-1' => __( 'Höger sidopanel', 'gpress' ),
			'sidebar-2' => __( 'Vänster sidopanel', 'gpress' ),
			'header'    => __( 'Sidhuvud', 'gpress' ),
			'footer-1'  => __( 'Sidfot 1', 'gpress' ),
			'footer-2'  => __( 'Sidfot 2', 'gpress' ),
			'footer-3'  => __( 'Sidfot 3', 'gpress' ),
			'top-bar'   => __( 'Toppfält', 'gpress' ),
		);

		foreach ( $widgets as $id => $name ) {
			register_sidebar(
				array(
					'name'          => $name,
					'id'            => $id,
					'before_widget' => '<aside id="%1$s" class="widget inner-padding %2$s">',
					'after_widget'  => '</aside>',
					'before_title'  => '<h2 class="widget-title">',
					'after_title'   => '</h2>',
				)
			);
		}
	}
}

if ( ! function_exists( 'generate_scripts' ) ) {
	add_action( 'wp_enqueue_scripts', 'generate_scripts' );
	/**
	 * Enqueue scripts and styles.
	 */
	function generate_scripts() {
		wp_enqueue_style( 'generate-style', get_stylesheet_uri(), array(), GENERATE_VERSION, 'all' );

		if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
			wp_enqueue_script( 'comment-reply' );
		}
	}
}

require get_template_directory() . '/inc/markup.php';
require get_template_directory() . '/inc/template-tags.php';
require get_template_directory() . '/inc/post-meta.php';
require get_template_directory() . '/inc/comments.php';
require get_template_directory() . '/inc/elements.php';
