<?php
/**
 * Tidning – funktioner och definitioner.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'TIDNING_VERSION', '4.2.1' );
define( 'TIDNING_DIR', get_template_directory() );
define( 'TIDNING_URI', get_template_directory_uri() );

/* Meta-nyckel för visningsräknaren (samma som tagDiv-teman använder). */
define( 'TIDNING_VIEWS_KEY', 'post_views_count' );

require_once TIDNING_DIR . '/inc/template-tags.php';
require_once TIDNING_DIR . '/inc/class-tidning-module.php';
require_once TIDNING_DIR . '/inc/blocks.php';
require_once TIDNING_DIR . '/inc/class-tidning-mega-walker.php';
require_once TIDNING_DIR . '/inc/breadcrumbs.php';
require_once TIDNING_DIR . '/inc/comments.php';
require_once TIDNING_DIR . '/inc/content-injections.php';
require_once TIDNING_DIR . '/inc/schema.php';
require_once TIDNING_DIR . '/inc/widgets.php';
require_once TIDNING_DIR . '/inc/customizer.php';

if ( ! isset( $content_width ) ) {
	$content_width = 696;
}

/**
 * Temainställningar.
 */
function tidning_setup() {
	load_theme_textdomain( 'tidning', TIDNING_DIR . '/languages' );

	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'custom-logo', array(
		'height'      => 90,
		'width'       => 272,
		'flex-width'  => true,
		'flex-height' => true,
	) );
	add_theme_support( 'html5', array( 'search-form', 'comment-form', 'gallery', 'caption', 'style', 'script' ) );
	add_theme_support( 'customize-selective-refresh-widgets' );
	add_theme_support( 'responsive-embeds' );
	add_theme_support( 'align-wide' );

	/* Bildstorlekar i tagDiv-stil. */
	add_image_size( 'td_100x70', 100, 70, true );
	add_image_size( 'td_218x150', 218, 150, true );
	add_image_size( 'td_324x160', 324, 160, true );
	add_image_size( 'td_356x220', 356, 220, true );
	add_image_size( 'td_533x261', 533, 261, true );
	add_image_size( 'td_696x0', 696, 0, false );
	add_image_size( 'td_1068x0', 1068, 0, false );

	register_nav_menus( array(
		'top-menu'    => __( 'Toppmeny', 'tidning' ),
		'header-menu' => __( 'Huvudmeny (megameny)', 'tidning' ),
		'footer-menu' => __( 'Sidfotsmeny', 'tidning' ),
	) );
}
add_action( 'after_setup_theme', 'tidning_setup' );

/**
 * Widgetområden.
 */
function tidning_widgets_init() {
	$common = array(
		'before_widget' => '<aside id="%1$s" class="td_block_template_1 widget %2$s">',
		'after_widget'  => '</aside>',
		'before_title'  => '<h4 class="block-title"><span>',
		'after_title'   => '</span></h4>',
	);

	register_sidebar( array_merge( $common, array(
		'name'        => __( 'Sidopanel', 'tidning' ),
		'id'          => 'td-default',
		'description' => __( 'Standardsidopanel för artiklar, arkiv och sidor.', 'tidning' ),
	) ) );

	for ( $i = 1; $i <= 3; $i++ ) {
		register_sidebar( array_merge( $common, array(
			/* translators: %d: kolumnnummer */
			'name' => sprintf( __( 'Sidfot %d', 'tidning' ), $i ),
			'id'   => 'td-footer-' . $i,
		) ) );
	}
}
add_action( 'widgets_init', 'tidning_widgets_init' );

/**
 * Stilar och skript.
 */
function tidning_scripts() {
	wp_enqueue_style( 'td-theme', get_stylesheet_uri(), array(), TIDNING_VERSION );
	wp_enqueue_script( 'td-site', TIDNING_URI . '/js/tidning.js', array(), TIDNING_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'tidning_scripts' );

/* Prestanda/GDPR: inga emoji-skript från s.w.org. */
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );

/**
 * GDPR: ingen Gravatar. Alla avatarer serveras lokalt från temat.
 *
 * @param array $args        Avatarargument.
 * @param mixed $id_or_email Användare/e-post/kommentar.
 * @return array
 */
function tidning_local_avatar( $args, $id_or_email ) {
	$args['url']          = TIDNING_URI . '/images/avatar.svg';
	$args['found_avatar'] = true;
	return $args;
}
add_filter( 'pre_get_avatar_data', 'tidning_local_avatar', 10, 2 );

/**
 * Body-klasser som tagDiv-ramverket sätter.
 *
 * @param string[] $classes Klasser.
 * @return string[]
 */
function tidning_body_class( $classes ) {
	$classes[] = 'td-standard-pack';
	$classes[] = 'global-block-template-1';
	$classes[] = 'td-full-layout';
	if ( is_single() ) {
		$classes[] = 'single_template_1';
	}
	if ( is_category() ) {
		$classes[] = 'td_category_template_1';
		$classes[] = 'td_category_top_posts_style_1';
	}
	return $classes;
}
add_filter( 'body_class', 'tidning_body_class' );

/**
 * Utdrag: kort och med "..." som tagDiv.
 */
function tidning_excerpt_length() {
	return 25;
}
add_filter( 'excerpt_length', 'tidning_excerpt_length' );

function tidning_excerpt_more() {
	return '...';
}
add_filter( 'excerpt_more', 'tidning_excerpt_more' );

/**
 * Visningsräknare (td_page_views). Räknas upp vid varje visning av ett inlägg.
 */
function tidning_update_views() {
	if ( ! is_singular( 'post' ) || is_preview() || is_user_logged_in() ) {
		return;
	}
	$post_id = get_queried_object_id();
	if ( ! $post_id ) {
		return;
	}
	$views = (int) get_post_meta( $post_id, TIDNING_VIEWS_KEY, true );
	update_post_meta( $post_id, TIDNING_VIEWS_KEY, $views + 1 );
}
add_action( 'template_redirect', 'tidning_update_views' );

/**
 * Antal visningar för ett inlägg.
 *
 * @param int $post_id Inläggs-ID.
 * @return int
 */
function tidning_get_views( $post_id ) {
	return (int) get_post_meta( $post_id, TIDNING_VIEWS_KEY, true );
}

/**
 * Inline-JS i huvudet (tdBlocksArray m.m.) och några globala variabler i sidfoten.
 */
function tidning_head_js() {
	?>
<!-- JS generated by theme -->
<script>
var tdBlocksArray = []; //här lagras alla block för aktuell sida
function tdBlock() {
	this.id = '';
	this.block_type = 1;
	this.atts = '';
	this.td_column_number = '';
	this.td_current_page = 1;
	this.post_count = 0;
	this.found_posts = 0;
	this.max_num_pages = 0;
	this.td_filter_value = '';
	this.is_ajax_running = false;
	this.td_user_action = '';
	this.header_color = '';
	this.ajax_pagination_infinite_stop = '';
}
</script>
	<?php
}
add_action( 'wp_head', 'tidning_head_js', 8 );

function tidning_footer_js() {
	$vars = array(
		'td_ajax_url'                   => admin_url( 'admin-ajax.php?td_theme_name=Tidning&v=' . TIDNING_VERSION ),
		'td_get_template_directory_uri' => TIDNING_URI,
		'tds_snap_menu'                 => '',
		'tds_logo_on_sticky'            => '',
		'tds_header_style'              => '',
		'td_please_wait'                => 'Vänligen vänta...',
		'td_email_user_pass_incorrect'  => 'Användarnamnet eller lösenordet är felaktigt!',
		'td_magnific_popup_translation_tPrev' => 'Föregående (vänster piltangent)',
		'td_magnific_popup_translation_tNext' => 'Nästa (höger piltangent)',
		'td_ad_background_click_link'   => '',
		'td_ad_background_click_target' => '',
	);
	echo "\n<!--footer JS-->\n<script>\n";
	foreach ( $vars as $name => $value ) {
		echo 'var ' . esc_js( $name ) . '=' . wp_json_encode( $value ) . ";\n";
	}
	echo "</script>\n";
}
add_action( 'wp_footer', 'tidning_footer_js', 5 );

/**
 * Open Graph-bild (td_og) för enskilda inlägg.
 */
function tidning_og_image() {
	if ( is_singular() && has_post_thumbnail( get_queried_object_id() ) ) {
		$src = wp_get_attachment_image_src( get_post_thumbnail_id( get_queried_object_id() ), 'full' );
		if ( $src ) {
			echo '<meta property="og:image" content="' . esc_url( $src[0] ) . '" />' . "\n";
		}
	}
}
add_action( 'wp_head', 'tidning_og_image', 1 );

/**
 * Nyhetsbrevsformulär: tar emot adressen och skickar tillbaka läsaren.
 */
function tidning_newsletter_signup() {
	$back = wp_get_referer() ? wp_get_referer() : home_url( '/' );
	if ( ! isset( $_POST['tdn_nonce'] ) || ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST['tdn_nonce'] ) ), 'tidning_newsletter' ) ) {
		wp_safe_redirect( $back );
		exit;
	}
	$email = isset( $_POST['tdn_email'] ) ? sanitize_email( wp_unslash( $_POST['tdn_email'] ) ) : '';
	if ( is_email( $email ) ) {
		$list   = (array) get_option( 'tidning_newsletter_subscribers', array() );
		$list[] = $email;
		update_option( 'tidning_newsletter_subscribers', array_values( array_unique( $list ) ), false );
		$back = add_query_arg( 'nyhetsbrev', 'tack', $back );
	} else {
		$back = add_query_arg( 'nyhetsbrev', 'fel', $back );
	}
	wp_safe_redirect( $back . '#td-newsletter' );
	exit;
}
add_action( 'admin_post_nopriv_tidning_newsletter', 'tidning_newsletter_signup' );
add_action( 'admin_post_tidning_newsletter', 'tidning_newsletter_signup' );
