<?php
/**
 * Dossier – funktioner och temastöd.
 *
 * @package Dossier
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'DOSSIER_VERSION', '1.4.2' );

if ( ! isset( $content_width ) ) {
	$content_width = 720;
}

/**
 * Grundinställningar för temat.
 */
function dossier_setup() {
	load_theme_textdomain( 'dossier', get_template_directory() . '/languages' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support(
		'html5',
		array(
			'comment-list',
			'comment-form',
			'search-form',
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
			'width'       => 320,
			'flex-height' => true,
			'flex-width'  => true,
		)
	);
	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'align-wide' );
	add_theme_support( 'editor-styles' );

	add_image_size( 'dossier-wide', 1200, 675, true );
	add_image_size( 'dossier-teaser', 480, 320, true );

	register_nav_menus(
		array(
			'primary' => __( 'Huvudmeny', 'dossier' ),
			'footer'  => __( 'Sidfotsmeny', 'dossier' ),
		)
	);
}
add_action( 'after_setup_theme', 'dossier_setup' );

/**
 * Widgetytor.
 */
function dossier_widgets_init() {
	register_sidebar(
		array(
			'name'          => __( 'Sidospalt', 'dossier' ),
			'id'            => 'sidebar-1',
			'description'   => __( 'Visas bredvid artikellistor, arkiv och sökresultat.', 'dossier' ),
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
	register_sidebar(
		array(
			'name'          => __( 'Sidfot', 'dossier' ),
			'id'            => 'footer-1',
			'description'   => __( 'Widgetar i sidfoten.', 'dossier' ),
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'dossier_widgets_init' );

/**
 * Stilmallar och skript.
 */
function dossier_scripts() {
	wp_enqueue_style( 'dossier-style', get_stylesheet_uri(), array(), DOSSIER_VERSION );

	wp_enqueue_script( 'dossier-script', get_template_directory_uri() . '/assets/js/dossier.js', array(), DOSSIER_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'dossier_scripts' );

/**
 * Utdrag: kortare och med svensk ellips.
 */
function dossier_excerpt_length( $length ) {
	if ( is_admin() ) {
		return $length;
	}
	return 32;
}
add_filter( 'excerpt_length', 'dossier_excerpt_length', 999 );

function dossier_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return ' …';
}
add_filter( 'excerpt_more', 'dossier_excerpt_more' );

/**
 * Lösenordsskyddade inlägg: vi visar en etikett i stället för prefixet
 * "Skyddad:" i rubriken, och formuläret får svensk text.
 */
function dossier_protected_title_format( $format ) {
	return '%s';
}
add_filter( 'protected_title_format', 'dossier_protected_title_format' );

function dossier_private_title_format( $format ) {
	return __( 'Privat: %s', 'dossier' );
}
add_filter( 'private_title_format', 'dossier_private_title_format' );

function dossier_password_form( $output, $post = null ) {
	$post  = get_post( $post );
	$label = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );

	$output  = '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form" method="post">';
	$output .= '<p class="post-password-form__intro">' . esc_html__( 'Den här texten är lösenordsskyddad. Ange lösenordet för att läsa den.', 'dossier' ) . '</p>';
	$output .= '<p class="post-password-form__row"><label for="' . esc_attr( $label ) . '">' . esc_html__( 'Lösenord', 'dossier' ) . '</label> ';
	$output .= '<input name="post_password" id="' . esc_attr( $label ) . '" type="password" size="20" /> ';
	$output .= '<input type="submit" name="Submit" class="button" value="' . esc_attr__( 'Lås upp', 'dossier' ) . '" /></p>';
	$output .= '</form>';

	return $output;
}
add_filter( 'the_password_form', 'dossier_password_form', 10, 2 );

/**
 * Extra body-klasser.
 */
function dossier_body_classes( $classes ) {
	if ( is_singular( 'post' ) ) {
		$classes[] = 'dossier-reading';
	}
	if ( is_home() || is_archive() || is_search() ) {
		$classes[] = is_active_sidebar( 'sidebar-1' ) ? 'has-sidebar' : 'no-sidebar';
	}
	return $classes;
}
add_filter( 'body_class', 'dossier_body_classes' );

/**
 * Pingback-header på enskilda inlägg.
 */
function dossier_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'dossier_pingback_header' );

require get_template_directory() . '/inc/template-tags.php';
require get_template_directory() . '/inc/content-filters.php';
require get_template_directory() . '/inc/comment-callbacks.php';
