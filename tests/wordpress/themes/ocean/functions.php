<?php
/**
 * ocean – funktioner och definitioner.
 *
 * Temat följer OceanWP:s uppbyggnad: en liten kärna här, hjälpfunktioner i /inc
 * och mallbitar i /partials.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'OCEAN_THEME_VERSION', '1.4.2' );
define( 'OCEAN_THEME_DIR', get_template_directory() );
define( 'OCEAN_THEME_URI', get_template_directory_uri() );

require_once OCEAN_THEME_DIR . '/inc/helpers.php';
require_once OCEAN_THEME_DIR . '/inc/comments.php';
require_once OCEAN_THEME_DIR . '/inc/seo-head.php';

if ( ! isset( $content_width ) ) {
	$content_width = 765;
}

/**
 * Temats grundinställningar.
 */
function ocean_theme_setup() {
	load_theme_textdomain( 'ocean', OCEAN_THEME_DIR . '/languages' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'post-formats', array( 'video', 'gallery', 'audio', 'quote', 'link' ) );
	add_theme_support( 'custom-logo', array( 'height' => 45, 'width' => 164, 'flex-height' => true, 'flex-width' => true ) );
	add_theme_support( 'custom-header' );
	add_theme_support( 'custom-background' );
	add_theme_support( 'customize-selective-refresh-widgets' );
	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'align-wide' );
	add_theme_support( 'editor-styles' );
	add_theme_support(
		'html5',
		array(
			'comment-form',
			'comment-list',
			'search-form',
			'gallery',
			'caption',
			'style',
			'script',
		)
	);

	register_nav_menus(
		array(
			'topbar_menu' => 'Toppmeny',
			'main_menu'   => 'Huvudmeny',
			'footer_menu' => 'Sidfotsmeny',
			'mobile_menu' => 'Mobilmeny (valfri)',
		)
	);
}
add_action( 'after_setup_theme', 'ocean_theme_setup' );

/**
 * Widgetområden – samma uppsättning som OceanWP: sidopanel, sökresultat och fyra sidfotskolumner.
 */
function ocean_register_sidebars() {
	$heading = 'h4';

	register_sidebar(
		array(
			'name'          => 'Standardsidopanel',
			'id'            => 'sidebar',
			'description'   => 'Widgetar i detta område visas i den vänstra eller högra sidopanelen.',
			'before_widget' => '<div id="%1$s" class="sidebar-box %2$s clr">',
			'after_widget'  => '</div>',
			'before_title'  => '<' . $heading . ' class="widget-title">',
			'after_title'   => '</' . $heading . '>',
		)
	);

	register_sidebar(
		array(
			'name'          => 'Sökresultat-sidopanel',
			'id'            => 'search_sidebar',
			'description'   => 'Widgetar i detta område visas på sökresultatsidan.',
			'before_widget' => '<div id="%1$s" class="sidebar-box %2$s clr">',
			'after_widget'  => '</div>',
			'before_title'  => '<' . $heading . ' class="widget-title">',
			'after_title'   => '</' . $heading . '>',
		)
	);

	$footer = array(
		'footer-one'   => 'Sidfot 1',
		'footer-two'   => 'Sidfot 2',
		'footer-three' => 'Sidfot 3',
		'footer-four'  => 'Sidfot 4',
	);
	foreach ( $footer as $id => $name ) {
		register_sidebar(
			array(
				'name'          => $name,
				'id'            => $id,
				'description'   => 'Widgetar i detta område används i sidfotens kolumn.',
				'before_widget' => '<div id="%1$s" class="footer-widget %2$s clr">',
				'after_widget'  => '</div>',
				'before_title'  => '<' . $heading . ' class="widget-title">',
				'after_title'   => '</' . $heading . '>',
			)
		);
	}
}
add_action( 'widgets_init', 'ocean_register_sidebars' );

/**
 * Stilmallar och skript.
 */
function ocean_theme_scripts() {
	wp_enqueue_style( 'ocean-style', get_stylesheet_uri(), array(), OCEAN_THEME_VERSION );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'ocean_theme_scripts' );

/**
 * Egna body-klasser, som OceanWP:s.
 *
 * @param array $classes Klasser.
 * @return array
 */
function ocean_body_classes( $classes ) {
	$classes[] = 'oceanwp-theme';
	$classes[] = 'dropdown-mobile';
	$classes[] = 'default-breakpoint';

	if ( is_404() ) {
		$classes[] = 'no-sidebar';
		$classes[] = 'content-full-width';
	} else {
		$classes[] = 'has-sidebar';
		$classes[] = 'content-right-sidebar';
	}

	if ( is_singular( 'post' ) ) {
		foreach ( (array) get_the_category() as $cat ) {
			if ( isset( $cat->slug ) ) {
				$classes[] = 'post-in-category-' . sanitize_html_class( $cat->slug );
			}
		}
	}

	$classes[] = 'has-breadcrumbs';

	return $classes;
}
add_filter( 'body_class', 'ocean_body_classes' );

/**
 * Lägg till schema-attribut på författarlänken (OceanWP gör samma sak).
 *
 * @param string $link Länk-HTML.
 * @return string
 */
function ocean_the_author_posts_link( $link ) {
	return str_replace( 'rel="author"', 'rel="author"  itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person"', $link );
}
add_filter( 'the_author_posts_link', 'ocean_the_author_posts_link' );

/**
 * Kortare "läs mer"-text i utdrag.
 *
 * @return string
 */
function ocean_excerpt_more() {
	return '&hellip;';
}
add_filter( 'excerpt_more', 'ocean_excerpt_more' );
