<?php
/**
 * Home featured slider (Soledad "featured-style-1"): the newest posts with a
 * featured image, shown above the blog list on the first home page only.
 *
 * @package solid
 */
$solid_featured = new WP_Query( array(
	'post_type'           => 'post',
	'posts_per_page'      => 4,
	'ignore_sticky_posts' => true,
	'no_found_rows'       => true,
	'meta_key'            => '_thumbnail_id', // phpcs:ignore
) );
if ( ! $solid_featured->have_posts() ) {
	return;
}
?>
<div class="featured-area featured-style-1 loaded-wait">
	<div class="container">
		<div class="penci-owl-carousel penci-owl-featured-area" data-style="style-1" data-auto="true" data-autotime="4000" data-speed="600" data-loop="true">
			<?php
			while ( $solid_featured->have_posts() ) :
				$solid_featured->the_post();
				?>
				<div class="item">
					<a class="penci-image-holder owl-lazy" data-src="<?php echo esc_url( get_the_post_thumbnail_url( get_the_ID(), 'penci-full-thumb' ) ); ?>" href="<?php the_permalink(); ?>" title="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>"></a>
					<div class="penci-featured-content">
						<div class="feat-text">
							<div class="featured-cat"><?php solid_category( '' ); ?></div>
							<h3><a title="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>" href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h3>
							<div class="feat-meta">
								<span class="feat-time"><?php solid_time_link(); ?></span>
								<span class="feat-comments"><a href="<?php comments_link(); ?> "><?php solid_comments_number(); ?></a></span>
							</div>
						</div>
					</div>
				</div>
			<?php endwhile; ?>
		</div>
	</div>
</div>
<?php
wp_reset_postdata();
