<?php
/**
 * Relaterade inlägg (samma kategori, slumpad ordning – som OceanWP).
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_post_id = get_the_ID();
$ocean_terms   = wp_get_post_terms( $ocean_post_id, 'category', array( 'fields' => 'ids' ) );

if ( empty( $ocean_terms ) || is_wp_error( $ocean_terms ) ) {
	return;
}

$ocean_related = new WP_Query(
	array(
		'posts_per_page'      => 3,
		'orderby'             => 'rand',
		'post__not_in'        => array( $ocean_post_id ),
		'no_found_rows'       => true,
		'ignore_sticky_posts' => true,
		'tax_query'           => array( // phpcs:ignore
			array(
				'taxonomy' => 'category',
				'field'    => 'term_id',
				'terms'    => $ocean_terms,
			),
		),
	)
);

if ( ! $ocean_related->have_posts() ) {
	return;
}
?>

<section id="related-posts" class="clr">

	<h3 class="theme-heading related-posts-title">
		<span class="text"><?php esc_html_e( 'Du kanske också gillar', 'ocean' ); ?></span>
	</h3>

	<div class="oceanwp-row clr">

		<?php
		$ocean_count = 0;
		while ( $ocean_related->have_posts() ) :
			$ocean_related->the_post();
			$ocean_count++;
			?>

			<article <?php post_class( 'related-post clr col span_1_of_3 col-' . $ocean_count ); ?>>

				<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
					<figure class="related-post-media clr">
						<a href="<?php the_permalink(); ?>" class="related-thumb">
							<?php the_post_thumbnail( 'medium', array( 'alt' => the_title_attribute( array( 'echo' => false ) ), 'itemprop' => 'image' ) ); ?>
						</a>
					</figure>
				<?php endif; ?>

				<h3 class="related-post-title">
					<a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a>
				</h3><!-- .related-post-title -->

				<time class="updated" datetime="<?php echo esc_attr( get_the_modified_date( 'c' ) ); ?>"><?php ocean_icon( 'm_date' ); ?><?php echo esc_html( get_the_modified_date( ocean_meta_date_format() ) ); ?></time>

			</article><!-- .related-post -->

		<?php endwhile; ?>

	</div><!-- .oceanwp-row -->

</section><!-- .related-posts -->

<?php
wp_reset_postdata();
