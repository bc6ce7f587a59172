<?php
/**
 * Related posts carousel (inc/templates/related_posts.php):
 * posts from the same categories, newest first, up to 10.
 *
 * @package solid
 */
$solid_cat_ids = wp_get_post_categories( get_the_ID() );
if ( empty( $solid_cat_ids ) ) {
	return;
}
$solid_related = new WP_Query( array(
	'category__in'        => $solid_cat_ids,
	'post__not_in'        => array( get_the_ID() ),
	'posts_per_page'      => 10,
	'ignore_sticky_posts' => 1,
	'orderby'             => 'date',
	'no_found_rows'       => true,
) );
if ( ! $solid_related->have_posts() ) {
	return;
}
$solid_data_loop = ( $solid_related->post_count < 4 ) ? ' data-loop="false"' : '';
?>
<div class="post-related">
	<div class="post-title-box"><h4 class="post-box-title">Du kanske också gillar</h4></div>
	<div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true"<?php echo $solid_data_loop; // phpcs:ignore ?> data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false">
		<?php
		while ( $solid_related->have_posts() ) :
			$solid_related->the_post();
			?>
			<div class="item-related">
				<?php if ( has_post_thumbnail() ) : ?>
					<a class="related-thumb penci-image-holder owl-lazy" data-src="<?php echo esc_url( get_the_post_thumbnail_url( get_the_ID(), 'penci-thumb' ) ); ?>" href="<?php the_permalink(); ?>" title="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>">
					</a>
				<?php endif; ?>
				<h3><a href="<?php the_permalink(); ?>"><?php echo esc_html( wp_trim_words( wp_strip_all_tags( get_the_title() ), 8, '...' ) ); ?></a></h3>
				<span class="date"><?php solid_time_link(); ?></span>
			</div>
		<?php endwhile; ?>
	</div>
</div>
<?php
wp_reset_postdata();
