<?php
/**
 * Hosted functions and definitions.
 *
 * @package Hosted
 */

if ( ! defined( 'HOSTED_VERSION' ) ) {
	define( 'HOSTED_VERSION', '1.4.2' );
}

if ( ! function_exists( 'hosted_setup' ) ) :
	/**
	 * Sets up theme defaults and registers support for various WordPress features.
	 */
	function hosted_setup() {
		load_theme_textdomain( 'hosted', get_template_directory() . '/languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		set_post_thumbnail_size( 1100, 9999 );
		add_image_size( 'hosted-related', 350, 200, true );

		register_nav_menus(
			array(
				'menu-1' => esc_html__( 'Huvudmeny', 'hosted' ),
			)
		);

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

		add_theme_support(
			'custom-logo',
			array(
				'height'      => 100,
				'width'       => 100,
				'flex-height' => true,
			)
		);

		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );
	}
endif;
add_action( 'after_setup_theme', 'hosted_setup' );

/**
 * Content width.
 */
function hosted_content_width() {
	$GLOBALS['content_width'] = apply_filters( 'hosted_content_width', 700 );
}
add_action( 'after_setup_theme', 'hosted_content_width', 0 );

/**
 * Register widget area.
 */
function hosted_widgets_init() {
	register_sidebar(
		array(
			'name'          => esc_html__( 'Sidopanel', 'hosted' ),
			'id'            => 'sidebar-1',
			'description'   => esc_html__( 'Lägg till widgetar här.', 'hosted' ),
			'before_widget' => '<aside id="%1$s" class="widget %2$s">',
			'after_widget'  => '</aside>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);

	register_widget( 'Hosted_Blog_Subscription_Widget' );
}
add_action( 'widgets_init', 'hosted_widgets_init' );

/**
 * Enqueue scripts and styles.
 */
function hosted_scripts() {
	wp_enqueue_style( 'hosted-style', get_stylesheet_uri(), array(), HOSTED_VERSION );

	wp_enqueue_script( 'hosted-navigation', get_template_directory_uri() . '/js/navigation.js', array(), HOSTED_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'hosted_scripts' );

/**
 * Adds custom classes to the array of body classes.
 *
 * @param array $classes Classes for the body element.
 * @return array
 */
function hosted_body_classes( $classes ) {
	if ( is_active_sidebar( 'sidebar-1' ) ) {
		$classes[] = 'has-sidebar';
	}

	// WordPress.com adds these to every page of a hosted blog.
	$classes[] = 'highlander-enabled';
	$classes[] = 'highlander-light';
	$classes[] = 'customizer-styles-applied';

	return $classes;
}
add_filter( 'body_class', 'hosted_body_classes' );

/**
 * Replace the excerpt "[...]" with an ellipsis and a "Läs mer" link.
 *
 * @param string $more Default more string.
 * @return string
 */
function hosted_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}

	return sprintf(
		'&hellip; <a class="more-link" href="%1$s">%2$s</a>',
		esc_url( get_permalink( get_the_ID() ) ),
		sprintf(
			/* translators: %s: Post title. */
			__( 'Läs mer<span class="screen-reader-text"> om ”%s”</span>', 'hosted' ),
			get_the_title( get_the_ID() )
		)
	);
}
add_filter( 'excerpt_more', 'hosted_excerpt_more' );

/**
 * Add a pingback url auto-discovery header for single posts, pages, or attachments.
 */
function hosted_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'hosted_pingback_header' );

/**
 * Template tags (posted on, entry footer, comment callback).
 */
require get_template_directory() . '/inc/template-tags.php';

/**
 * Imitations of what WordPress.com and Jetpack add to every page.
 */
require get_template_directory() . '/inc/wpcom.php';

/**
 * WordPress.com "highlander" comment form.
 */
require get_template_directory() . '/inc/highlander.php';

/**
 * Menu fallback: list the pages, like wp_page_menu() in older WordPress.com themes.
 *
 * @param array $args wp_nav_menu() arguments.
 */
function hosted_menu_fallback( $args = array() ) {
	wp_page_menu(
		array(
			'menu_id'    => 'primary-menu',
			'menu_class' => 'menu',
			'depth'      => 2,
			'show_home'  => __( 'Hem', 'hosted' ),
		)
	);
}

/**
 * Swedish archive title prefixes ("Kategori:", "Etikett:" …), kept in a
 * span so the prefix can be styled apart from the term name.
 *
 * @param string $prefix Archive title prefix.
 * @return string
 */
function hosted_archive_title_prefix( $prefix ) {
	if ( is_category() ) {
		$prefix = __( 'Kategori:', 'hosted' );
	} elseif ( is_tag() ) {
		$prefix = __( 'Etikett:', 'hosted' );
	} elseif ( is_author() ) {
		$prefix = __( 'Författare:', 'hosted' );
	} elseif ( is_year() ) {
		$prefix = __( 'År:', 'hosted' );
	} elseif ( is_month() ) {
		$prefix = __( 'Månad:', 'hosted' );
	} elseif ( is_day() ) {
		$prefix = __( 'Dag:', 'hosted' );
	}

	return $prefix ? '<span class="archive-title-prefix">' . esc_html( $prefix ) . '</span>' : $prefix;
}
add_filter( 'get_the_archive_title_prefix', 'hosted_archive_title_prefix' );
