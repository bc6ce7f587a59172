<?php
/**
 * kadens – funktioner och temastöd.
 *
 * Byggt på Kadence-strukturen men med svensk text direkt i mallarna
 * (kunden vill inte ha språkfiler att underhålla).
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

define( 'KADENS_VERSION', '1.4.2' );

/**
 * Temastöd.
 */
function kadens_setup() {
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
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
			'navigation-widgets',
		)
	);
	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'align-wide' );
	add_theme_support( 'custom-logo', array( 'height' => 80, 'width' => 200, 'flex-height' => true, 'flex-width' => true ) );
	add_theme_support( 'customize-selective-refresh-widgets' );

	register_nav_menus(
		array(
			'primary'   => 'Huvudmeny',
			'secondary' => 'Sekundär meny',
			'mobile'    => 'Mobilmeny',
			'footer'    => 'Sidfotsmeny',
		)
	);

	set_post_thumbnail_size( 1200, 800, true );
	add_image_size( 'kadens-related', 600, 400, true );
}
add_action( 'after_setup_theme', 'kadens_setup' );

/**
 * Innehållsbredd.
 */
function kadens_content_width() {
	$GLOBALS['content_width'] = 842;
}
add_action( 'after_setup_theme', 'kadens_content_width', 0 );

/**
 * Widgetområden (samma id:n som Kadence så att widgets följer med vid byte).
 */
function kadens_widgets_init() {
	register_sidebar(
		array(
			'name'          => 'Primär sidopanel',
			'id'            => 'sidebar-primary',
			'description'   => 'Visas i bloggflödet och arkiven.',
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
	register_sidebar(
		array(
			'name'          => 'Sidfot 1',
			'id'            => 'footer1',
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'kadens_widgets_init' );

/**
 * Skript och stilar.
 */
function kadens_scripts() {
	wp_enqueue_style( 'kadens-global', get_stylesheet_uri(), array(), KADENS_VERSION );
	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'kadens_scripts' );

/**
 * Kadence-liknande body-klasser.
 */
function kadens_body_classes( $classes ) {
	$classes[] = 'wp-site-blocks';
	$classes[] = 'content-title-style-above';
	$classes[] = 'content-vertical-padding-show';
	$classes[] = 'non-transparent-header';
	$classes[] = 'mobile-non-transparent-header';
	if ( is_singular() ) {
		$classes[] = 'content-width-narrow';
		$classes[] = 'content-style-boxed';
		$classes[] = 'no-sidebar';
	} else {
		$classes[] = 'content-width-normal';
		$classes[] = 'content-style-unboxed';
		$classes[] = is_active_sidebar( 'sidebar-primary' ) ? 'has-sidebar' : 'no-sidebar';
	}
	return $classes;
}
add_filter( 'body_class', 'kadens_body_classes' );

/**
 * Post-klasser som Kadence sätter på artiklar.
 */
function kadens_post_classes( $classes, $css_class = array(), $post_id = 0 ) {
	$classes[] = 'entry';
	$classes[] = 'content-bg';
	if ( is_singular() && (int) $post_id === (int) get_queried_object_id() ) {
		$classes[] = 'single-entry';
	} else {
		$classes[] = 'loop-entry';
	}
	return $classes;
}
add_filter( 'post_class', 'kadens_post_classes', 10, 3 );

/**
 * "Läs mer" och utdragslängd.
 */
add_filter(
	'excerpt_length',
	function () {
		return 30;
	}
);
add_filter(
	'excerpt_more',
	function () {
		return '&hellip;';
	}
);

/**
 * Svensk rubrik för skyddade/privata inlägg (ingen språkfil installerad hos kund).
 */
add_filter(
	'protected_title_format',
	function () {
		return 'Skyddat: %s';
	}
);
add_filter(
	'private_title_format',
	function () {
		return 'Privat: %s';
	}
);

/**
 * Lösenordsformulär på svenska, samma fält och mottagare som WordPress.
 */
function kadens_password_form( $output, $post = null ) {
	$post  = get_post( $post );
	$label = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );

	$output  = '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form" method="post">';
	$output .= '<p>Det här innehållet är lösenordsskyddat. Ange lösenordet nedan för att läsa det:</p>';
	$output .= '<p><label for="' . esc_attr( $label ) . '">Lösenord: <input name="post_password" id="' . esc_attr( $label ) . '" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="Skicka" /></p>';
	$output .= '</form>';
	return $output;
}
add_filter( 'the_password_form', 'kadens_password_form', 10, 2 );

/**
 * Arkivrubriker på svenska utan språkfil. Samma upplägg som core:
 * prefix i en span, själva namnet efteråt.
 */
function kadens_archive_title( $title, $original_title = '', $prefix = '' ) {
	if ( is_category() ) {
		$prefix = 'Kategori:';
	} elseif ( is_tag() ) {
		$prefix = 'Etikett:';
	} elseif ( is_author() ) {
		$prefix = 'Författare:';
	} elseif ( is_year() ) {
		$prefix = 'År:';
	} elseif ( is_month() ) {
		$prefix = 'Månad:';
	} elseif ( is_day() ) {
		$prefix = 'Dag:';
	} else {
		return $title;
	}
	return '<span class="archive-title-prefix">' . $prefix . '</span> ' . $original_title;
}
add_filter( 'get_the_archive_title', 'kadens_archive_title', 10, 3 );

require get_template_directory() . '/inc/template-tags.php';
require get_template_directory() . '/inc/comments.php';
