<?php
/**
 * Post Related
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

if ( ! tie_get_option( 'related' ) || ! is_singular( 'post' ) ) {
	return;
}

$class          = 'container-wrapper';
$related_number = (int) tie_get_option( 'related_number', 3 );
$extra_post     = false;

// For responsive layout add extra 1 post if the number is odd
if ( 0 !== $related_number % 2 ) {
	$related_number++;
	$extra_post = true;
}

$related_query    = new WP_Query( tie_get_related_posts_args( $related_number ) );
$do_not_duplicate = array();

if ( $extra_post && $related_query->post_count === $related_number ) {
	$class .= ' has-extra-post';
}

if ( $related_query->have_posts() ) : ?>

				<div id="related-posts" class="<?php echo esc_attr( $class ); ?>">

					<div class="mag-box-title the-global-title">
						<h3>Relaterade artiklar</h3>
					</div>

					<div class="related-posts-list">

					<?php
						while ( $related_query->have_posts() ) :

							$related_query->the_post();

							$do_not_duplicate[] = get_the_ID(); ?>

							<div <?php tie_post_class( 'related-item' ); ?>>

								<?php
									if ( has_post_thumbnail() ) {
										tie_post_thumbnail( 'jannah-image-large', false );
									}
								?>

								<h3 class="post-title"><a href="<?php the_permalink(); ?>"><?php tie_the_title(); ?></a></h3>

								<?php
									// Get the Post Meta info
									tie_the_post_meta( array( 'comments' => false, 'views' => false, 'author' => false ) );
								?>
							</div><!-- .related-item /-->

						<?php endwhile; ?>

					</div><!-- .related-posts-list /-->
				</div><!-- #related-posts /-->

<?php
endif;

if ( ! empty( $do_not_duplicate ) ) {

	// The extra (responsive only) post may still be used by the "Check Also" box
	if ( $extra_post && $related_query->post_count === $related_number ) {
		array_pop( $do_not_duplicate );
	}

	tie_single_post_do_not_dublicate( $do_not_duplicate );
}

wp_reset_postdata();
