<?php
/**
 * Single post (Avada single.php; title "below" the featured image, meta "below_title").
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<?php get_header(); ?>

<section id="content" style="float: left;">
	<div class="single-navigation clearfix">
		<?php previous_post_link( '%link', 'Föregående' ); ?>
		<?php next_post_link( '%link', 'Nästa' ); ?>
	</div>

	<?php while ( have_posts() ) : ?>
		<?php the_post(); ?>
		<article id="post-<?php the_ID(); ?>" <?php post_class( 'post' ); ?>>

			<?php avenue_singular_featured_image(); ?>

			<div class="fusion-post-title-meta-wrap">
				<?php // The title bar shows the title as h1, so Avada uses h2 here. ?>
				<?php echo avenue_post_title( get_the_ID(), false, '2' ); // phpcs:ignore ?>
				<?php echo avenue_post_metadata( 'single' ); // phpcs:ignore ?>
			</div>

			<div class="post-content">
				<?php the_content(); ?>
				<?php avenue_link_pages(); ?>
			</div>

			<?php if ( ! post_password_required( get_the_ID() ) ) : ?>
				<?php avenue_social_sharing(); ?>
				<?php avenue_author_info(); ?>
				<?php avenue_related_posts(); ?>

				<?php comments_template(); ?>
			<?php endif; ?>
		</article>
	<?php endwhile; ?>
</section>
<?php get_sidebar(); ?>
<?php get_footer(); ?>
