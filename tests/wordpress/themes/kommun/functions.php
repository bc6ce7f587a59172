<?php
/**
 * Kommun – temafunktioner.
 *
 * @package Kommun
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'KOMMUN_VERSION', '2.4.1' );

require get_template_directory() . '/inc/mallfunktioner.php';
require get_template_directory() . '/inc/class-kommun-megameny-walker.php';
require get_template_directory() . '/inc/kommentarer.php';
require get_template_directory() . '/inc/sidfeedback.php';

/**
 * Grundinställningar för temat.
 */
function kommun_setup() {
	load_theme_textdomain( 'kommun', get_template_directory() . '/languages' );

	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'custom-logo', array(
		'height'      => 80,
		'width'       => 240,
		'flex-height' => true,
		'flex-width'  => true,
	) );
	add_theme_support( 'html5', array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'style', 'script' ) );
	add_theme_support( 'responsive-embeds' );

	add_image_size( 'kommun-toppbild', 1200, 600, true );
	add_image_size( 'kommun-puff', 480, 270, true );

	register_nav_menus( array(
		'huvudmeny' => 'Huvudmeny (megameny)',
		'verktyg'   => 'Verktygsmeny (överst)',
		'sidfot'    => 'Sidfotsmeny',
	) );
}
add_action( 'after_setup_theme', 'kommun_setup' );

/**
 * Innehållsbredd.
 */
function kommun_content_width() {
	$GLOBALS['content_width'] = 760;
}
add_action( 'after_setup_theme', 'kommun_content_width', 0 );

/**
 * Widgetytor.
 */
function kommun_widgets_init() {
	register_sidebar( array(
		'name'          => 'Undermeny – under sidnavigeringen',
		'id'            => 'undermeny',
		'description'   => 'Visas i vänsterspalten under undermenyn.',
		'before_widget' => '<div id="%1$s" class="widget undermeny-widget %2$s">',
		'after_widget'  => '</div>',
		'before_title'  => '<h2 class="widget-rubrik">',
		'after_title'   => '</h2>',
	) );

	for ( $i = 1; $i <= 3; $i++ ) {
		register_sidebar( array(
			'name'          => sprintf( 'Sidfot kolumn %d', $i ),
			'id'            => 'sidfot-' . $i,
			'before_widget' => '<div id="%1$s" class="widget sidfot-widget %2$s">',
			'after_widget'  => '</div>',
			'before_title'  => '<h2 class="sidfot-rubrik">',
			'after_title'   => '</h2>',
		) );
	}
}
add_action( 'widgets_init', 'kommun_widgets_init' );

/**
 * Stilmallar och skript.
 */
function kommun_scripts() {
	wp_enqueue_style( 'kommun-style', get_stylesheet_uri(), array(), KOMMUN_VERSION );
	wp_enqueue_script( 'kommun-main', get_template_directory_uri() . '/assets/js/main.js', array(), KOMMUN_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'kommun_scripts' );

/**
 * Ingress: första stycket i innehållet får klassen "ingress".
 * Körs efter wpautop (prio 10).
 *
 * @param string $content Innehållet.
 * @return string
 */
function kommun_ingress( $content ) {
	if ( ! is_singular() || ! in_the_loop() || ! is_main_query() || post_password_required() ) {
		return $content;
	}

	return preg_replace( '/<p([^>]+)?>/', '<p$1 class="ingress">', $content, 1 );
}
add_filter( 'the_content', 'kommun_ingress', 20 );

/**
 * Utdrag.
 */
function kommun_excerpt_length() {
	return 30;
}
add_filter( 'excerpt_length', 'kommun_excerpt_length' );

function kommun_excerpt_more() {
	return '&nbsp;…';
}
add_filter( 'excerpt_more', 'kommun_excerpt_more' );

/**
 * Ta bort prefixet "Kategori:" m.fl. – vi skriver egna rubriker.
 */
add_filter( 'get_the_archive_title_prefix', '__return_empty_string' );

/**
 * Ta bort emojiskript (externa resurser, s.wp.com).
 */
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
