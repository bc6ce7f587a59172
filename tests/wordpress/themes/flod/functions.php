<?php
/**
 * Flod – funktioner och temainställningar.
 *
 * @package Flod
 */

if ( ! defined( 'FLOD_VERSION' ) ) {
	define( 'FLOD_VERSION', '2.3.1' );
}

if ( ! function_exists( 'flod_setup' ) ) :
	/**
	 * Grundinställningar för temat.
	 */
	function flod_setup() {
		load_theme_textdomain( 'flod', get_template_directory() . '/languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		add_theme_support(
			'html5',
			array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'style', 'script' )
		);
		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );
		add_theme_support(
			'custom-logo',
			array(
				'height'      => 80,
				'width'       => 320,
				'flex-width'  => true,
				'flex-height' => true,
			)
		);

		set_post_thumbnail_size( 1200, 675, true );
		add_image_size( 'flod-card', 640, 360, true );

		register_nav_menus(
			array(
				'primary' => 'Huvudmeny',
				'topbar'  => 'Toppmeny',
				'footer'  => 'Sidfotsmeny',
			)
		);
	}
endif;
add_action( 'after_setup_theme', 'flod_setup' );

/**
 * Innehållsbredd.
 */
function flod_content_width() {
	$GLOBALS['content_width'] = apply_filters( 'flod_content_width', 780 );
}
add_action( 'after_setup_theme', 'flod_content_width', 0 );

/**
 * Widgetområden.
 */
function flod_widgets_init() {
	register_sidebar(
		array(
			'name'          => 'Sidopanel',
			'id'            => 'sidebar-1',
			'description'   => 'Visas bredvid artiklar och listor.',
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
	register_sidebar(
		array(
			'name'          => 'Sidfot',
			'id'            => 'footer-1',
			'description'   => 'Widgets i sidfoten.',
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'flod_widgets_init' );

/**
 * Stilmallar och skript.
 */
function flod_scripts() {
	wp_enqueue_style( 'flod-style', get_stylesheet_uri(), array(), FLOD_VERSION );

	if ( is_singular( 'post' ) ) {
		wp_enqueue_script( 'flod-scroll', get_template_directory_uri() . '/js/flod-scroll.js', array(), FLOD_VERSION, true );
	}

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'flod_scripts' );

/**
 * Egna klasser på body.
 *
 * @param array $classes Klasser.
 * @return array
 */
function flod_body_classes( $classes ) {
	if ( is_singular( 'post' ) ) {
		$classes[] = 'flod-infinite-article';
	}
	if ( ! is_active_sidebar( 'sidebar-1' ) ) {
		$classes[] = 'flod-no-widgets';
	}
	return $classes;
}
add_filter( 'body_class', 'flod_body_classes' );

/**
 * Arkivrubriker utan prefix ("Kategori:", "Etikett:" ...) – etiketten skrivs ut separat i archive.php.
 */
add_filter( 'get_the_archive_title_prefix', '__return_empty_string' );

/**
 * Kortare utdrag i listorna.
 *
 * @return int
 */
function flod_excerpt_length() {
	return 28;
}
add_filter( 'excerpt_length', 'flod_excerpt_length' );

/**
 * "Läs mer"-markör i utdrag.
 *
 * @return string
 */
function flod_excerpt_more() {
	return '&hellip;';
}
add_filter( 'excerpt_more', 'flod_excerpt_more' );

/**
 * Text i lösenordsformuläret.
 *
 * @param string  $output Formulär.
 * @param WP_Post $post   Inlägget (WP 5.8+).
 * @return string
 */
function flod_password_form( $output, $post = null ) {
	$post   = get_post( $post );
	$label  = 'pwbox-' . ( empty( $post->ID ) ? wp_rand() : $post->ID );
	$output = '<form action="' . esc_url( site_url( 'wp-login.php?action=postpass', 'login_post' ) ) . '" class="post-password-form" method="post">'
		. '<p>Den här artikeln är lösenordsskyddad. Ange lösenordet nedan för att läsa den.</p>'
		. '<p><label for="' . esc_attr( $label ) . '">Lösenord: <input name="post_password" id="' . esc_attr( $label ) . '" type="password" spellcheck="false" size="20" /></label> '
		. '<input type="submit" name="Submit" class="flod-btn" value="Lås upp" /></p></form>';
	return $output;
}
add_filter( 'the_password_form', 'flod_password_form', 10, 2 );

require get_template_directory() . '/inc/template-tags.php';
require get_template_directory() . '/inc/comments.php';
