<?php
/**
 * Blog-layout template (Avada templates/blog-layout.php, large and medium layouts).
 * Blog home uses "large", archives and search use "medium".
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}

global $wp_query;

$avenue_layout     = is_home() ? 'large' : 'medium';
$avenue_image_size = ( 'large' === $avenue_layout ) ? 'blog-large' : 'blog-medium';
$avenue_pages      = (int) $wp_query->max_num_pages;
?>
<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-<?php echo esc_attr( $avenue_layout ); ?>-wrapper fusion-clearfix">
	<div class="fusion-posts-container fusion-blog-layout-<?php echo esc_attr( $avenue_layout ); ?> fusion-blog-pagination fusion-blog-rollover " data-pages="<?php echo (int) $avenue_pages; ?>">
		<?php while ( have_posts() ) : ?>
			<?php the_post(); ?>
			<article id="post-<?php the_ID(); ?>" <?php post_class( array( 'fusion-post-' . $avenue_layout, 'post', 'fusion-clearfix' ) ); ?>>

				<div class="fusion-date-and-formats">
					<div class="fusion-date-box">
						<span class="fusion-date"><?php echo esc_html( avenue_post_time( AVENUE_DATEBOX_DAY ) ); ?></span>
						<span class="fusion-month-year"><?php echo esc_html( avenue_post_time( AVENUE_DATEBOX_MONTH_YEAR ) ); ?></span>
					</div>
					<div class="fusion-format-box">
						<i class="awb-icon-pen" aria-hidden="true"></i>
					</div>
				</div>

				<?php avenue_listing_slideshow( $avenue_image_size ); ?>

				<div class="fusion-post-content post-content">
					<?php echo avenue_post_title( get_the_ID(), true, '2' ); // phpcs:ignore ?>

					<div class="fusion-post-content-container">
						<?php avenue_blog_post_content(); ?>
					</div>
				</div>

				<?php if ( 'medium' === $avenue_layout ) : ?>
					<div class="fusion-clearfix"></div>
				<?php endif; ?>

				<div class="fusion-meta-info">
					<?php echo avenue_post_metadata( 'standard' ); // phpcs:ignore ?>
					<div class="fusion-alignright">
						<a href="<?php the_permalink(); ?>" class="fusion-read-more" aria-label="Mer om <?php the_title_attribute(); ?>">
							Läs mer
						</a>
					</div>
				</div>
			</article>
		<?php endwhile; ?>
	</div>
	<?php avenue_pagination( 2 ); ?>
</div>
