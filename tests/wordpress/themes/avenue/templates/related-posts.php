<?php
/**
 * Related-posts template (Avada templates/related-posts.php, fusion-carousel variant).
 * Expects $related_posts (WP_Query) from avenue_related_posts().
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<section class="related-posts single-related-posts">
	<?php avenue_title_template( 'Relaterade inlägg', '3' ); ?>

	<div class="fusion-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="4" data-itemmargin="44px" data-itemwidth="180" data-scrollitems="">
		<div class="fusion-carousel-positioner">
			<ul class="fusion-carousel-holder">
				<?php while ( $related_posts->have_posts() ) : ?>
					<?php $related_posts->the_post(); ?>
					<li class="fusion-carousel-item">
						<div class="fusion-carousel-item-wrapper">
							<div class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="true">
								<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
									<?php echo get_the_post_thumbnail( null, 'blog-medium' ); ?>
								<?php else : ?>
									<div class="fusion-placeholder-image" data-origheight="150" data-origwidth="100%" style="height:150px;width:100%;"></div>
								<?php endif; ?>
								<?php echo avenue_rollover( false ); // phpcs:ignore ?>
							</div>
							<h4 class="fusion-carousel-title">
								<a class="fusion-related-posts-title-link" href="<?php the_permalink(); ?>" target="_self" title="<?php the_title_attribute(); ?>"><?php the_title(); ?></a>
							</h4>

							<div class="fusion-carousel-meta">

								<span class="fusion-date"><?php echo esc_html( avenue_post_time( AVENUE_DATE_FORMAT ) ); ?></span>

								<?php if ( comments_open() ) : ?>
									<span class="fusion-inline-sep">|</span>
									<span><?php comments_popup_link( '0 kommentarer', '1 kommentar', '% kommentarer', '', 'Kommentarer inaktiverade' ); ?></span>
								<?php endif; ?>
							</div><!-- fusion-carousel-meta -->
						</div><!-- fusion-carousel-item-wrapper -->
					</li>
				<?php endwhile; ?>
			</ul><!-- fusion-carousel-holder -->
			<div class="fusion-carousel-nav">
				<button class="fusion-nav-prev" aria-label="Föregående"></button>
				<button class="fusion-nav-next" aria-label="Nästa"></button>
			</div>
		</div><!-- fusion-carousel-positioner -->
	</div><!-- fusion-carousel -->
</section><!-- related-posts -->
