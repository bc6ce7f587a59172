<?php
/**
 * Single Post page hooks (same order and priorities as the real theme)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly


/**
 * Pages get the simple page head
 */
add_action( 'TieLabs/before_single_post_title', 'tie_show_page_head', 10 );
function tie_show_page_head() {
	// Pages and every singular type except posts (attachments…)
	if ( is_page() || ( is_singular() && ! is_singular( 'post' ) ) ) {
		get_template_part( 'templates/page', 'head' );
	}
}


/**
 * Post layout 1: Head, top share buttons, then the featured image
 */
add_action( 'TieLabs/before_single_post_title', 'tie_show_post_head_featured', 10 );
function tie_show_post_head_featured() {

	if ( ! is_singular( 'post' ) ) {
		return;
	}

	get_template_part( 'templates/single-post/head' );
	get_template_part( 'templates/single-post/share', '', array( 'share_position' => 'top' ) );
	get_template_part( 'templates/single-post/featured' );
}


/**
 * Banner below the post content (Jannah "e3lan" ad slot – inside .entry-content)
 */
add_action( 'TieLabs/after_post_content', 'tie_after_post_content_ad', 5 );
function tie_after_post_content_ad() {

	if ( ! is_singular( 'post' ) || ! tie_get_option( 'stream_below_content' ) ) {
		return;
	}

	echo '<div class="stream-item stream-item-below-post-content"><a href="' . esc_url( home_url( '/lediga-lagenheter/' ) ) . '" title="Lediga lägenheter" rel="nofollow noopener" target="_blank"><img src="' . esc_url( get_template_directory_uri() . '/assets/images/banner-lediga-lagenheter.jpg' ) . '" alt="Lediga lägenheter – sök bostad hos oss" width="728" height="90" /></a></div>';
}


/**
 * Multi pages post
 */
add_action( 'TieLabs/after_post_content', 'tie_post_multi_pages', 10 );
function tie_post_multi_pages() {

	// Add current post ID to the do not duplicate array
	tie_single_post_do_not_dublicate();

	if ( post_password_required() ) {
		return;
	}

	wp_link_pages( array(
		'before'         => '<div class="multiple-post-pages clearfix">',
		'after'          => '</div>',
		'link_before'    => '<span>',
		'link_after'     => '</span>',
		'next_or_number' => 'number',
	) );
}


/**
 * Tags section below the post (still inside .entry-content)
 */
add_action( 'TieLabs/after_post_content', 'tie_post_tags', 30 );
function tie_post_tags() {

	if ( ! is_singular( 'post' ) || ! tie_get_option( 'post_tags' ) || post_password_required() ) {
		return;
	}

	the_tags( '<div class="post-bottom-meta post-bottom-tags post-tags-' . tie_get_option( 'post_tags_layout' ) . '"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Taggar</div><span class="tagcloud">', ' ', '</span></div>' );
}


/**
 * Post extra info column (a second copy of the meta + top share buttons, shown by CSS
 * only in the "column" meta style)
 */
add_action( 'TieLabs/after_post_entry', 'tie_post_extra_info_column', 5 );
function tie_post_extra_info_column() {

	if ( ! is_singular( 'post' ) ) {
		return;
	}
	?>
		<div id="post-extra-info">
			<div class="theiaStickySidebar">
				<?php
					tie_the_post_meta_single();
					get_template_part( 'templates/single-post/share', '', array( 'share_position' => 'top' ) );
				?>
			</div>
		</div>

		<div class="clearfix"></div>
	<?php
}


/**
 * Bottom share buttons
 */
add_action( 'TieLabs/after_post_entry', 'tie_post_share_bottom', 20 );
function tie_post_share_bottom() {
	if ( is_singular( 'post' ) ) {
		get_template_part( 'templates/single-post/share', '', array( 'share_position' => 'bottom' ) );
	}
}


/**
 * About the author box
 */
add_action( 'TieLabs/post_components', 'tie_post_about_author', 20 );
function tie_post_about_author() {

	if ( ! is_singular( 'post' ) || ! tie_get_option( 'post_authorbio' ) ) {
		return;
	}

	$author = get_userdata( (int) get_the_author_meta( 'ID' ) );

	if ( $author ) {
		tie_author_box( $author );
	}
}


/**
 * Newsletter box
 */
add_action( 'TieLabs/post_components', 'tie_post_newsletter', 40 );
function tie_post_newsletter() {
	if ( is_singular( 'post' ) && tie_get_option( 'post_newsletter' ) ) {
		get_template_part( 'templates/single-post/newsletter' );
	}
}


/**
 * Next and Prev Posts box
 */
add_action( 'TieLabs/post_components', 'tie_post_next_prev', 50 );
function tie_post_next_prev() {

	if ( ! is_singular( 'post' ) || ! tie_get_option( 'post_nav' ) ) {
		return;
	}

	echo '<div class="prev-next-post-nav container-wrapper media-overlay">';
		tie_adjacent_post( true );
		tie_adjacent_post( false );
	echo '</div><!-- .prev-next-post-nav /-->';
}


/**
 * Related Posts
 */
add_action( 'TieLabs/post_components', 'tie_related_posts', 60 );
function tie_related_posts() {
	get_template_part( 'templates/single-post/related' );
}


/**
 * The Comments
 */
add_action( 'TieLabs/post_components', 'tie_post_comments', 70 );
function tie_post_comments() {
	comments_template();
}


/**
 * The "Check Also" fly box (printed after .main-content, before the sidebar)
 */
add_action( 'TieLabs/after_post_column', 'tie_post_fly_box', 10 );
function tie_post_fly_box() {
	if ( is_singular( 'post' ) && tie_get_option( 'check_also' ) ) {
		get_template_part( 'templates/single-post/fly-box' );
	}
}


/**
 * Mobile share buttons (after the footer)
 */
add_action( 'TieLabs/after_footer', 'tie_mobile_share_buttons' );
function tie_mobile_share_buttons() {
	if ( is_singular( 'post' ) && tie_get_option( 'share_post_mobile' ) ) {
		get_template_part( 'templates/single-post/share', '', array( 'share_position' => 'mobile' ) );
	}
}
