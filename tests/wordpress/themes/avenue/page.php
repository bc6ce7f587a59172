<?php
/**
 * Page (Avada page.php: div#post-{ID}, hidden rich snippets, full width).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<?php get_header(); ?>
<section id="content" class="full-width" style="width: 100%;">
	<?php while ( have_posts() ) : ?>
		<?php the_post(); ?>
		<div id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
			<?php echo avenue_rich_snippets(); // phpcs:ignore ?>
			<?php avenue_singular_featured_image(); ?>
			<div class="post-content">
				<?php the_content(); ?>
				<?php avenue_link_pages(); ?>
			</div>
			<?php if ( ! post_password_required( get_the_ID() ) ) : ?>
				<?php if ( comments_open() || get_comments_number() ) : ?>
					<?php comments_template(); ?>
				<?php endif; ?>
			<?php endif; ?>
		</div>
	<?php endwhile; ?>
</section>
<?php get_footer(); ?>
