<?php
/**
 * Diva functions and definitions.
 *
 * @package Diva
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'DIVA_THEME_VERSION', '3.4.2' );

require_once get_template_directory() . '/includes/functions/comments.php';
require_once get_template_directory() . '/includes/functions/post-meta.php';

if ( ! isset( $content_width ) ) {
	$content_width = 1080;
}

/**
 * Theme setup.
 */
function diva_setup_theme() {
	load_theme_textdomain( 'diva', get_template_directory() . '/lang' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'custom-logo', array( 'height' => 86, 'width' => 300, 'flex-width' => true, 'flex-height' => true ) );
	add_theme_support( 'html5', array( 'comment-list', 'comment-form', 'gallery', 'caption', 'style', 'script' ) );
	add_theme_support( 'customize-selective-refresh-widgets' );

	add_image_size( 'et-pb-post-main-image', 400, 250, true );
	add_image_size( 'et-pb-post-main-image-fullwidth', 1080, 675, true );

	register_nav_menus( array(
		'primary-menu'   => 'Huvudmeny',
		'secondary-menu' => 'Sekundär meny',
		'footer-menu'    => 'Sidfotsmeny',
	) );
}
add_action( 'after_setup_theme', 'diva_setup_theme' );

/**
 * Widget areas.
 */
function diva_widgets_init() {
	register_sidebar( array(
		'name'          => 'Sidopanel',
		'id'            => 'sidebar-1',
		'before_widget' => '<div id="%1$s" class="et_pb_widget %2$s">',
		'after_widget'  => '</div> <!-- end .et_pb_widget -->',
		'before_title'  => '<h4 class="widgettitle">',
		'after_title'   => '</h4>',
	) );

	for ( $i = 2; $i <= 5; $i++ ) {
		register_sidebar( array(
			'name'          => sprintf( 'Sidfotsområde #%d', $i - 1 ),
			'id'            => 'sidebar-' . $i,
			'before_widget' => '<div id="%1$s" class="fwidget et_pb_widget %2$s">',
			'after_widget'  => '</div> <!-- end .fwidget -->',
			'before_title'  => '<h4 class="title">',
			'after_title'   => '</h4>',
		) );
	}
}
add_action( 'widgets_init', 'diva_widgets_init' );

/**
 * Styles and scripts.
 */
function diva_load_scripts_styles() {
	wp_enqueue_style( 'diva-style', get_stylesheet_uri(), array(), DIVA_THEME_VERSION );
	wp_enqueue_script( 'diva-custom-script', get_template_directory_uri() . '/js/custom.js', array(), DIVA_THEME_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'diva_load_scripts_styles' );

/**
 * Body classes the way the big page-builder themes print them.
 */
function diva_body_class( $classes ) {
	$classes[] = 'et_pb_button_helper_class';
	$classes[] = 'et_fixed_nav';
	$classes[] = 'et_show_nav';
	$classes[] = 'et_primary_nav_dropdown_animation_fade';
	$classes[] = 'et_header_style_left';
	$classes[] = 'et_pb_footer_columns4';
	$classes[] = 'et_cover_background';
	$classes[] = 'et_pb_gutter';
	$classes[] = 'et_pb_gutters3';
	$classes[] = is_page_template( 'page-template-blank.php' ) ? 'et_full_width_page' : 'et_right_sidebar';
	$classes[] = 'et_divi_theme';
	$classes[] = 'et-db';

	return $classes;
}
add_filter( 'body_class', 'diva_body_class' );

/**
 * Fallback for the primary menu: home link, pages and categories.
 */
function diva_primary_menu_fallback() {
	echo '<ul id="top-menu" class="nav">';
	printf(
		'<li%1$s><a href="%2$s">%3$s</a></li>',
		is_home() ? ' class="current_page_item"' : '',
		esc_url( home_url( '/' ) ),
		'Hem'
	);
	wp_list_pages( array( 'title_li' => '', 'depth' => 3, 'sort_column' => 'menu_order' ) );
	wp_list_categories( array( 'title_li' => '', 'depth' => 3, 'hide_empty' => 1 ) );
	echo '</ul>';
}

/**
 * Swedish month names, used by the theme's own date formats.
 *
 * @param int  $month Month number 1-12.
 * @param bool $short Abbreviation or full name.
 * @return string
 */
function diva_month_name( $month, $short = false ) {
	$full  = array( 1 => 'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december' );
	$abbr  = array( 1 => 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec' );
	$month = (int) $month;

	if ( $month < 1 || $month > 12 ) {
		return '';
	}

	return $short ? $abbr[ $month ] : $full[ $month ];
}

/**
 * The post date in the theme's short format ("M j, Y" with Swedish month abbreviations).
 *
 * @param int|WP_Post|null $post Post.
 * @return string
 */
function diva_get_post_date( $post = null ) {
	$format = get_theme_mod( 'diva_date_format', 'M j, Y' );

	if ( 'M j, Y' !== $format ) {
		return get_the_time( $format, $post );
	}

	return sprintf(
		'%1$s %2$s, %3$s',
		diva_month_name( get_the_time( 'n', $post ), true ),
		get_the_time( 'j', $post ),
		get_the_time( 'Y', $post )
	);
}

/**
 * Trimmed post text for listings, as page-builder themes do it (plain text, 270 chars).
 *
 * @param int  $amount Number of characters.
 * @param bool $echo   Echo or return.
 * @return string|void
 */
function diva_truncate_post( $amount, $echo = true ) {
	$post = get_post();

	if ( post_password_required( $post ) ) {
		$out = get_the_password_form( $post );
		if ( $echo ) {
			echo $out; // phpcs:ignore WordPress.Security.EscapeOutput
			return;
		}
		return $out;
	}

	$text = '' !== $post->post_excerpt ? $post->post_excerpt : $post->post_content;
	$text = strip_shortcodes( $text );
	$text = excerpt_remove_blocks( $text );
	$text = wp_strip_all_tags( $text, true );
	$text = trim( preg_replace( '/\s+/u', ' ', $text ) );

	$more = '';
	if ( '' === $post->post_excerpt && mb_strlen( $text ) > $amount ) {
		$text = mb_substr( $text, 0, $amount );
		$cut  = mb_strrpos( $text, ' ' );
		if ( false !== $cut ) {
			$text = mb_substr( $text, 0, $cut );
		}
		$more = '...';
	}

	$out = esc_html( $text ) . $more;

	if ( $echo ) {
		echo $out; // phpcs:ignore WordPress.Security.EscapeOutput
		return;
	}
	return $out;
}

/**
 * Posts navigation for listings.
 */
function diva_posts_navigation() {
	get_template_part( 'includes/navigation', 'index' );
}

/**
 * "Dela" share buttons printed under the post content (inline share module).
 */
function diva_share_buttons() {
	$url   = rawurlencode( get_permalink() );
	$title = rawurlencode( wp_strip_all_tags( get_the_title() ) );
	$id    = get_the_ID();

	$networks = array(
		'facebook' => array( 'Facebook', 'https://www.facebook.com/sharer.php?u=' . $url . '&t=' . $title ),
		'twitter'  => array( 'Twitter', 'https://twitter.com/intent/tweet?text=' . $title . '&url=' . $url ),
		'linkedin' => array( 'LinkedIn', 'https://www.linkedin.com/shareArticle?mini=true&url=' . $url . '&title=' . $title ),
		'email'    => array( 'E-post', 'mailto:?subject=' . $title . '&body=' . $url ),
	);
	?>
	<div class="et_social_inline et_social_mobile_on et_social_inline_bottom">
		<div class="et_social_networks et_social_4col et_social_slide et_social_rounded et_social_left et_social_no_animation et_social_withnetworknames et_social_outer_dark">
			<h3 class="et_social_heading">Dela</h3>
			<ul class="et_social_icons_container">
			<?php foreach ( $networks as $slug => $network ) : ?>
				<li class="et_social_<?php echo esc_attr( $slug ); ?>">
					<a href="<?php echo esc_url( $network[1], array( 'https', 'mailto' ) ); ?>" class="et_social_share" rel="nofollow" data-social_name="<?php echo esc_attr( $slug ); ?>" data-post_id="<?php echo (int) $id; ?>" data-social_type="share" data-location="inline">
						<i class="et_social_icon et_social_icon_<?php echo esc_attr( $slug ); ?>"></i><div class="et_social_network_label"><div class="et_social_networkname"><?php echo esc_html( $network[0] ); ?></div></div><span class="et_social_overlay"></span>
					</a>
				</li>
			<?php endforeach; ?>
			</ul>
		</div>
	</div>
	<?php
}

/**
 * Swedish "read more" text if the_content() is ever used with a more tag.
 */
function diva_more_link_text( $link ) {
	return str_replace( '(more&hellip;)', 'läs mer', $link );
}
add_filter( 'the_content_more_link', 'diva_more_link_text' );
