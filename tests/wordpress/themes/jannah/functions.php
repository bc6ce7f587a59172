<?php
/**
 * Jannah (emulated) – theme functions and definitions
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

define( 'TIELABS_THEME_SLUG', 'jannah' );
define( 'TIELABS_THEME_VER', '5.4.10' );

require get_template_directory() . '/framework/functions/options.php';
require get_template_directory() . '/framework/functions/post-functions.php';
require get_template_directory() . '/framework/functions/general-functions.php';
require get_template_directory() . '/framework/functions/breadcrumbs.php';
require get_template_directory() . '/framework/functions/post-actions.php';


/**
 * Theme setup
 */
add_action( 'after_setup_theme', 'tie_theme_setup' );
function tie_theme_setup() {

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'html5', array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'script', 'style' ) );
	add_theme_support( 'custom-logo' );

	add_image_size( TIELABS_THEME_SLUG . '-image-small', 220, 150, true );
	add_image_size( TIELABS_THEME_SLUG . '-image-large', 390, 220, true );
	add_image_size( TIELABS_THEME_SLUG . '-image-post', 780, 470, true );

	register_nav_menus( array(
		'top-menu'    => 'Toppmeny',
		'primary'     => 'Huvudmeny',
		'404-menu'    => '404-meny',
		'footer-menu' => 'Sidfotsmeny',
	) );

	$GLOBALS['content_width'] = 780;
}


/**
 * Sidebars
 */
add_action( 'widgets_init', 'tie_widgets_init' );
function tie_widgets_init() {

	$args = array(
		'before_widget' => '<div id="%1$s" class="container-wrapper widget %2$s">',
		'after_widget'  => '<div class="clearfix"></div></div><!-- .widget /-->',
		'before_title'  => '<div class="widget-title the-global-title"><div class="the-subtitle">',
		'after_title'   => '<span class="widget-title-icon tie-icon"></span></div></div>',
	);

	register_sidebar( array_merge( $args, array(
		'id'   => 'primary-widget-area',
		'name' => 'Primärt sidofält',
	) ) );

	for ( $i = 1; $i <= 4; $i++ ) {
		register_sidebar( array_merge( $args, array(
			'id'   => 'first-footer-widget-area-' . $i,
			'name' => 'Sidfot – kolumn ' . $i,
		) ) );
	}
}


/**
 * Styles and scripts
 */
add_action( 'wp_enqueue_scripts', 'tie_enqueue_scripts' );
function tie_enqueue_scripts() {

	wp_enqueue_style( 'tie-css-base', get_stylesheet_uri(), array(), TIELABS_THEME_VER );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}

	wp_register_script( 'tie-scripts', '', array(), TIELABS_THEME_VER, true );
	wp_enqueue_script( 'tie-scripts' );
	wp_localize_script( 'tie-scripts', 'tie', array(
		'is_rtl'              => is_rtl() ? 'true' : '',
		'ajaxurl'             => admin_url( 'admin-ajax.php' ),
		'is_taqyeem_active'   => '',
		'is_sticky_video'     => '',
		'mobile_menu_top'     => '',
		'mobile_menu_active'  => 'area_1',
		'mobile_menu_parent'  => '',
		'lightbox_all'        => 'true',
		'lightbox_gallery'    => 'true',
		'lightbox_skin'       => 'dark',
		'lightbox_thumb'      => 'horizontal',
		'lightbox_arrows'     => 'true',
		'is_singular'         => is_singular() ? '1' : '',
		'autoload_posts'      => '',
		'reading_indicator'   => 'true',
		'lazyload'            => '',
		'select_share'        => 'true',
		'select_share_twitter'=> '',
		'select_share_facebook' => '',
		'select_share_linkedin' => '',
		'select_share_email'  => '',
		'facebook_app_id'     => '5303202981',
		'twitter_username'    => '',
		'responsive_tables'   => 'true',
		'ad_blocker_detector' => '',
		'sticky_behavior'     => 'upwards',
		'sticky_desktop'      => 'true',
		'sticky_mobile'       => 'true',
		'sticky_mobile_behavior' => 'default',
		'ajax_loader'         => '<div class="loader-overlay"><div class="spinner-circle"></div></div>',
		'type_to_search'      => 'Skriv och tryck Enter',
		'lang_no_results'     => 'Inget hittades',
		'sticky_share_mobile' => 'true',
		'sticky_share_post'   => '',
		'sticky_share_post_menu' => '',
	) );
}


/**
 * Main menu fallback: Home + top level categories + pages, with the classes wp_nav_menu would print
 */
if ( ! function_exists( 'tie_main_menu_fallback' ) ) {

	function tie_main_menu_fallback() {

		$items   = array();
		$items[] = '<li id="menu-item-1001" class="menu-item menu-item-type-custom menu-item-object-custom' . ( ( is_home() || is_front_page() ) ? ' current-menu-item current_page_item menu-item-home tie-current-menu' : ' menu-item-home' ) . ' menu-item-1001"><a href="' . esc_url( home_url( '/' ) ) . '">Hem</a></li>';

		$id = 1002;

		foreach ( get_categories( array( 'parent' => 0, 'hide_empty' => true ) ) as $category ) {
			$current = ( is_category( $category->term_id ) ) ? ' current-menu-item tie-current-menu' : '';
			$items[] = '<li id="menu-item-' . $id . '" class="menu-item menu-item-type-taxonomy menu-item-object-category' . $current . ' menu-item-' . $id . '"><a href="' . esc_url( get_category_link( $category->term_id ) ) . '">' . esc_html( $category->name ) . '</a></li>';
			$id++;
		}

		foreach ( get_pages( array( 'parent' => 0, 'sort_column' => 'menu_order,post_title' ) ) as $page ) {
			$current = ( is_page( $page->ID ) ) ? ' current-menu-item current_page_item tie-current-menu' : '';
			$items[] = '<li id="menu-item-' . $id . '" class="menu-item menu-item-type-post_type menu-item-object-page' . $current . ' menu-item-' . $id . '"><a href="' . esc_url( get_permalink( $page->ID ) ) . '">' . esc_html( get_the_title( $page->ID ) ) . '</a></li>';
			$id++;
		}

		echo '<div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-huvudmeny" class="menu" role="menubar">' . implode( "\n", $items ) . '</ul></div>';
	}
}


/**
 * Comment form arguments (Swedish, with Jannah's title wrapper)
 */
if ( ! function_exists( 'tie_comment_form_args' ) ) {

	function tie_comment_form_args() {

		$commenter = wp_get_current_commenter();
		$req       = get_option( 'require_name_email' );
		$required  = $req ? ' <span class="required">*</span>' : '';
		$req_attr  = $req ? ' required' : '';

		return array(
			'title_reply_before'   => '<h3 id="reply-title" class="comment-reply-title the-global-title">',
			'title_reply_after'    => '</h3>',
			'title_reply'          => 'Lämna ett svar',
			'title_reply_to'       => 'Lämna ett svar till %s',
			'cancel_reply_link'    => 'Avbryt svar',
			'label_submit'         => 'Publicera kommentar',
			'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte publiceras.</span> <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span></p>',
			'comment_field'        => '<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>',
			'fields'               => array(
				'author' => '<p class="comment-form-author"><label for="author">Namn' . $required . '</label> <input id="author" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $req_attr . ' /></p>',
				'email'  => '<p class="comment-form-email"><label for="email">E-postadress' . $required . '</label> <input id="email" name="email" type="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $req_attr . ' /></p>',
				'url'    => '<p class="comment-form-url"><label for="url">Webbplats</label> <input id="url" name="url" type="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" /></p>',
			),
		);
	}
}
