<?php
/**
 * Indie – funktioner och temastöd.
 *
 * Ett IndieWeb-tema: microformats2 (h-entry, h-card, h-cite, h-feed)
 * i stället för WordPress vanliga klassnamn, platta kommentarer i
 * kronologisk ordning och pingbacks/trackbacks som "Omnämnanden".
 *
 * @package Indie
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! defined( 'INDIE_VERSION' ) ) {
	define( 'INDIE_VERSION', '1.0.0' );
}

/**
 * Bredd på innehållet (bilder, inbäddningar) i den enda kolumnen.
 */
if ( ! isset( $content_width ) ) {
	$content_width = 640;
}

/**
 * Temastöd.
 */
function indie_setup() {
	load_theme_textdomain( 'indie', get_template_directory() . '/languages' );

	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	set_post_thumbnail_size( 1280, 720 );

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

	// Korta inläggsformat är en IndieWeb-vana (anteckningar, länkar, citat ...).
	add_theme_support( 'post-formats', array( 'aside', 'status', 'link', 'quote', 'image' ) );

	add_theme_support(
		'custom-logo',
		array(
			'height'      => 120,
			'width'       => 120,
			'flex-height' => true,
			'flex-width'  => true,
		)
	);

	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'wp-block-styles' );
	add_theme_support( 'customize-selective-refresh-widgets' );

	register_nav_menus(
		array(
			'primary' => __( 'Huvudmeny', 'indie' ),
		)
	);
}
add_action( 'after_setup_theme', 'indie_setup' );

/**
 * Ett enda (valfritt) widgetområde, i sidfoten. Temat har ingen sidopanel.
 */
function indie_widgets_init() {
	register_sidebar(
		array(
			'name'          => __( 'Sidfot', 'indie' ),
			'id'            => 'footer-1',
			'description'   => __( 'Widgetar som visas i sidfoten, under innehållet.', 'indie' ),
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'indie_widgets_init' );

/**
 * Stilmall och kommentarsvarsskript (inga externa resurser).
 */
function indie_scripts() {
	wp_enqueue_style( 'indie-style', get_stylesheet_uri(), array(), INDIE_VERSION );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'indie_scripts' );

/**
 * Pingback-adressen i <head> på enskilda inlägg som tar emot pingbacks.
 */
function indie_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'indie_pingback_header' );

/**
 * Byt ut mf1-klassen "hentry" mot mf2-roten "h-entry" på inlägg.
 *
 * @param string[] $classes Klasser från post_class().
 * @return string[]
 */
function indie_post_class( $classes ) {
	$classes = array_diff( $classes, array( 'hentry' ) );

	if ( ! is_admin() ) {
		$classes[] = 'h-entry';
	}

	return array_values( array_unique( $classes ) );
}
add_filter( 'post_class', 'indie_post_class' );

/**
 * Sidans body-klasser: en kolumn, ingen sidopanel.
 *
 * @param string[] $classes Klasser från body_class().
 * @return string[]
 */
function indie_body_class( $classes ) {
	$classes[] = 'no-sidebar';

	if ( ! is_singular() ) {
		$classes[] = 'is-feed';
	}

	return $classes;
}
add_filter( 'body_class', 'indie_body_class' );

/**
 * Logotypen i sidhuvudets h-card får mf2-klassen u-logo.
 *
 * @param array $attr Bildens attribut.
 * @return array
 */
function indie_custom_logo_attributes( $attr ) {
	$attr['class'] = trim( ( isset( $attr['class'] ) ? $attr['class'] : '' ) . ' u-logo' );
	return $attr;
}
add_filter( 'get_custom_logo_image_attributes', 'indie_custom_logo_attributes' );

/**
 * Enklare "läs mer"-markering i utdrag.
 *
 * @param string $more Standardtext.
 * @return string
 */
function indie_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return '&hellip;';
}
add_filter( 'excerpt_more', 'indie_excerpt_more' );

/**
 * Svenska prefix i arkivrubriker ("Kategori: Boende").
 *
 * @param string $prefix Prefix från WordPress.
 * @return string
 */
function indie_archive_title_prefix( $prefix ) {
	if ( '' === $prefix ) {
		return $prefix;
	}
	if ( is_category() ) {
		return _x( 'Kategori:', 'arkivrubrik', 'indie' );
	}
	if ( is_tag() ) {
		return _x( 'Etikett:', 'arkivrubrik', 'indie' );
	}
	if ( is_author() ) {
		return _x( 'Författare:', 'arkivrubrik', 'indie' );
	}
	if ( is_year() ) {
		return _x( 'År:', 'arkivrubrik', 'indie' );
	}
	if ( is_month() ) {
		return _x( 'Månad:', 'arkivrubrik', 'indie' );
	}
	if ( is_day() ) {
		return _x( 'Dag:', 'arkivrubrik', 'indie' );
	}
	if ( is_post_type_archive() ) {
		return _x( 'Arkiv:', 'arkivrubrik', 'indie' );
	}
	return $prefix;
}
add_filter( 'get_the_archive_title_prefix', 'indie_archive_title_prefix' );

require get_template_directory() . '/inc/template-tags.php';
