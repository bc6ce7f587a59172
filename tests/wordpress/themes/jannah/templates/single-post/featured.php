<?php
/**
 * Featured Area
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

if ( ! has_post_thumbnail() || post_password_required() ) {
	return;
}

echo '<div  class="featured-area"><div class="featured-area-inner">';
	echo '<figure class="single-featured-image">';

		the_post_thumbnail( 'jannah-image-post', array( 'data-main-img' => 1 ) );

		// Featured image caption
		$thumb_caption = get_post( get_post_thumbnail_id() );

		if ( ! empty( $thumb_caption->post_excerpt ) ) {
			echo '
				<figcaption class="single-caption-text">
					<span class="tie-icon-camera" aria-hidden="true"></span> ' .
					wp_kses_post( $thumb_caption->post_excerpt ) . '
				</figcaption>
			';
		}

	echo '</figure>';
echo '</div></div>';
