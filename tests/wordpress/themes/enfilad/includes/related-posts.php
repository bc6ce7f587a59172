<?php
/**
 * Enfold's includes/related-posts.php: "Du kanske också gillar" – posts sharing a TAG
 * with the current post, in the av-related-style-full layout.
 * These are OTHER posts: their titles sit in strong.av-related-title, their
 * featured images in span.related_image_wrap. A related post without a featured
 * image borrows the image of another related post (Enfold's {image} placeholder).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

global $post;

if ( ! $post instanceof WP_Post ) {
	return;
}

$enfilad_rp       = 'av-related-style-full';
$enfilad_columns  = 6;
$enfilad_pclass   = 'av_one_half no_margin ';
$enfilad_img_size = 'square';
$enfilad_this_id  = $post->ID;
$enfilad_tags     = wp_get_post_tags( $enfilad_this_id );

if ( empty( $enfilad_tags ) || ! is_array( $enfilad_tags ) ) {
	return;
}

$enfilad_tag_ids = array();
foreach ( $enfilad_tags as $enfilad_tag ) {
	if ( 'portrait' !== $enfilad_tag->slug && 'landscape' !== $enfilad_tag->slug ) {
		$enfilad_tag_ids[] = (int) $enfilad_tag->term_id;
	}
}

if ( empty( $enfilad_tag_ids ) ) {
	return;
}

$enfilad_related = get_posts(
	array(
		'tag__in'             => $enfilad_tag_ids,
		'post_type'           => get_post_type( $enfilad_this_id ),
		'posts_per_page'      => $enfilad_columns,
		'ignore_sticky_posts' => 1,
		// Enfold orders by 'rand'; a seeded RAND keeps the page stable between requests.
		'orderby'             => 'RAND(' . (int) $enfilad_this_id . ')',
		'post__not_in'        => array( $enfilad_this_id ),
	)
);

if ( empty( $enfilad_related ) ) {
	return;
}

$enfilad_extra      = 'alpha';
$enfilad_count      = 1;
$enfilad_slidecount = 0;
$enfilad_fake_image = '';
$enfilad_output     = '';

$enfilad_output .= "<div class ='related_posts clearfix {$enfilad_rp}'>";
$enfilad_output .= "<h5 class='related_title'>Du kanske också gillar</h5>";
$enfilad_output .= "<div class='related_entries_container '>";

foreach ( $enfilad_related as $enfilad_related_post ) {
	$enfilad_slidecount++;
	$enfilad_format = get_post_format( $enfilad_related_post->ID );
	if ( ! $enfilad_format ) {
		$enfilad_format = 'standard';
	}

	// title_short: Enfold trims the raw post_title to 17 words in this style.
	$enfilad_rtitle = wp_trim_words( $enfilad_related_post->post_title, 17 );

	$enfilad_thumb_id   = get_post_thumbnail_id( $enfilad_related_post->ID );
	$enfilad_post_thumb = get_the_post_thumbnail( $enfilad_related_post->ID, $enfilad_img_size, array( 'title' => esc_attr( get_the_title( $enfilad_thumb_id ) ) ) );
	$enfilad_image      = $enfilad_post_thumb ? $enfilad_post_thumb : "<span class='related_posts_default_image'>{image}</span>";
	$enfilad_fake_image = $enfilad_post_thumb ? $enfilad_post_thumb : $enfilad_fake_image;
	$enfilad_xclass     = $enfilad_post_thumb ? '' : 'related-format-visible';
	$enfilad_parity     = $enfilad_slidecount % 2 ? 'Odd' : 'Even';

	$enfilad_output .= "<div class='{$enfilad_pclass} {$enfilad_extra} relThumb relThumb{$enfilad_count} relThumb{$enfilad_parity} post-format-{$enfilad_format} related_column'>\n";
	$enfilad_output .= "\t<a href='" . esc_url( get_permalink( $enfilad_related_post->ID ) ) . "' class='relThumWrap noLightbox' title='" . esc_attr( $enfilad_rtitle ) . "'>\n";
	$enfilad_output .= "\t<span class='related_image_wrap' >";
	$enfilad_output .= $enfilad_image;
	$enfilad_output .= "\t<span class='related-format-icon {$enfilad_xclass}'><span class='related-format-icon-inner' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'></span></span>";
	$enfilad_output .= "\t</span>";
	$enfilad_output .= "<strong class='av-related-title'>" . $enfilad_rtitle . '</strong>';
	$enfilad_output .= "\t</a>";
	$enfilad_output .= '</div>';

	$enfilad_count++;
	$enfilad_extra = '';
	if ( $enfilad_count === count( $enfilad_related ) ) {
		$enfilad_extra = 'omega';
	}
}

$enfilad_output .= '</div></div>';
$enfilad_output  = str_replace( '{image}', $enfilad_fake_image, $enfilad_output );

echo $enfilad_output; // phpcs:ignore
