<?php
/**
 * Forge – funktioner och definitioner.
 *
 * Temat bygger på Hello-principen: om Elementor Pro är aktivt och har en
 * Theme Builder-mall för en plats (header, footer, single, archive) så
 * används den. Annars skrivs de exporterade byggarmallarna ut från
 * template-parts/location/.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

define( 'FORGE_VERSION', '2.4.1' );
define( 'FORGE_DIR', get_template_directory() );
define( 'FORGE_URI', get_template_directory_uri() );

/*
 * Datumformat från Post Info-widgeten i single-mallen (Elementor: "Anpassat").
 * Datum och tid skrivs ut var för sig.
 */
define( 'FORGE_DATE_FORMAT', 'j F, Y' );
define( 'FORGE_TIME_FORMAT', 'H:i' );

/*
 * Mall-ID:n från Elementor-exporten (elementor_library). Används bara i
 * wrapper-klasserna så att kitets CSS (post-XXX.css) matchar.
 */
define( 'FORGE_KIT_ID', 6 );
define( 'FORGE_TPL_HEADER', 27 );
define( 'FORGE_TPL_FOOTER', 31 );
define( 'FORGE_TPL_SINGLE', 214 );
define( 'FORGE_TPL_PAGE', 219 );
define( 'FORGE_TPL_ARCHIVE', 318 );
define( 'FORGE_TPL_404', 402 );

require FORGE_DIR . '/inc/icons.php';
require FORGE_DIR . '/inc/template-tags.php';
require FORGE_DIR . '/inc/nav-menu.php';
require FORGE_DIR . '/inc/comments.php';

if ( ! function_exists( 'forge_setup' ) ) {
	/**
	 * Temastöd.
	 */
	function forge_setup() {
		load_theme_textdomain( 'forge', FORGE_DIR . '/languages' );

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
		add_theme_support(
			'custom-logo',
			array(
				'height'      => 80,
				'width'       => 300,
				'flex-height' => true,
				'flex-width'  => true,
			)
		);
		add_theme_support( 'align-wide' );
		add_theme_support( 'responsive-embeds' );

		register_nav_menus(
			array(
				'menu-1' => esc_html__( 'Huvudmeny', 'forge' ),
				'footer' => esc_html__( 'Sidfotsmeny', 'forge' ),
			)
		);

		// Storlek för kort i Posts-widgeten ("Relaterade inlägg" och arkiv).
		add_image_size( 'forge-card', 768, 432, true );
	}
}
add_action( 'after_setup_theme', 'forge_setup' );

/**
 * Innehållsbredd.
 */
function forge_content_width() {
	$GLOBALS['content_width'] = apply_filters( 'forge_content_width', 800 );
}
add_action( 'after_setup_theme', 'forge_content_width', 0 );

/**
 * Widgetområden. Skrivs ut av "Sidebar"-widgetarna i footer-mallen.
 */
function forge_widgets_init() {
	register_sidebar(
		array(
			'name'          => esc_html__( 'Sidfot – kontakt', 'forge' ),
			'id'            => 'footer-contact',
			'description'   => esc_html__( 'Visas i fjärde kolumnen i sidfoten.', 'forge' ),
			'before_widget' => '<div id="%1$s" class="widget %2$s">',
			'after_widget'  => '</div>',
			'before_title'  => '<h5 class="widget-title">',
			'after_title'   => '</h5>',
		)
	);
	register_sidebar(
		array(
			'name'          => esc_html__( 'Arkiv – under listan', 'forge' ),
			'id'            => 'archive-bottom',
			'description'   => esc_html__( 'Visas under inläggslistan i arkiv och på bloggsidan.', 'forge' ),
			'before_widget' => '<div id="%1$s" class="widget %2$s">',
			'after_widget'  => '</div>',
			'before_title'  => '<h4 class="widget-title">',
			'after_title'   => '</h4>',
		)
	);
}
add_action( 'widgets_init', 'forge_widgets_init' );

/**
 * Skript och stilar. Inga externa resurser – typsnitt ligger i kitet.
 */
function forge_scripts() {
	wp_enqueue_style( 'forge-style', get_stylesheet_uri(), array(), FORGE_VERSION );

	wp_enqueue_script( 'forge-frontend', FORGE_URI . '/assets/js/frontend.js', array(), FORGE_VERSION, true );

	$config = array(
		'environmentMode' => array(
			'edit'      => false,
			'wpPreview' => false,
		),
		'i18n'            => array(
			'shareOn' => esc_html__( 'Dela på %s', 'forge' ),
		),
		'kit'             => array( 'id' => FORGE_KIT_ID ),
		'cookieNotice'    => array(
			'name'   => 'cookie_notice_accepted',
			'expiry' => 30 * DAY_IN_SECONDS,
			'secure' => is_ssl() ? 1 : 0,
		),
	);
	if ( is_singular() ) {
		$config['post'] = array(
			'id'      => get_queried_object_id(),
			'title'   => wp_strip_all_tags( get_the_title( get_queried_object_id() ) ),
			'url'     => get_permalink( get_queried_object_id() ),
			'excerpt' => '',
		);
	}
	wp_localize_script( 'forge-frontend', 'ForgeFrontendConfig', $config );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'forge_scripts' );

/**
 * Body-klasser som Elementor lägger till när Theme Builder-mallar används.
 *
 * @param string[] $classes Klasser.
 * @return string[]
 */
function forge_body_classes( $classes ) {
	$classes[] = 'elementor-default';
	$classes[] = 'elementor-template-full-width';
	$classes[] = 'elementor-kit-' . FORGE_KIT_ID;

	if ( is_404() ) {
		$classes[] = 'elementor-page-' . FORGE_TPL_404;
	} elseif ( is_singular( 'post' ) ) {
		$classes[] = 'elementor-page-' . FORGE_TPL_SINGLE;
	} elseif ( is_page() ) {
		$classes[] = 'elementor-page-' . FORGE_TPL_PAGE;
	} elseif ( is_archive() || is_home() || is_search() ) {
		$classes[] = 'elementor-page-' . FORGE_TPL_ARCHIVE;
	}

	return $classes;
}
add_filter( 'body_class', 'forge_body_classes' );

/**
 * Utdragslängd som i Posts-widgeten (25 ord).
 *
 * @return int
 */
function forge_excerpt_length() {
	return 25;
}
add_filter( 'excerpt_length', 'forge_excerpt_length', 20 );

/**
 * "[...]" blir en ellips, "Läs mer" skrivs ut separat i kortet.
 *
 * @return string
 */
function forge_excerpt_more() {
	return '&hellip;';
}
add_filter( 'excerpt_more', 'forge_excerpt_more' );

/**
 * Lösenordsformuläret med svensk text och Elementors knappklass.
 *
 * @param string $output Standardformuläret.
 * @return string
 */
function forge_password_form( $output ) {
	$post  = get_post();
	$label = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );

	$output  = '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form elementor-password-form" method="post">';
	$output .= '<p>' . esc_html__( 'Det här inlägget är lösenordsskyddat. Ange lösenordet nedan för att läsa det.', 'forge' ) . '</p>';
	$output .= '<p><label for="' . esc_attr( $label ) . '">' . esc_html__( 'Lösenord:', 'forge' ) . ' <input name="post_password" id="' . esc_attr( $label ) . '" type="password" size="20" /></label> ';
	$output .= '<input type="submit" name="Submit" class="elementor-button elementor-size-sm" value="' . esc_attr__( 'Skicka', 'forge' ) . '" /></p>';
	$output .= '</form>';

	return $output;
}
add_filter( 'the_password_form', 'forge_password_form' );
