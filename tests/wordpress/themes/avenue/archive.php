<?php
/**
 * Archives (Avada archive.php / author.php).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<?php get_header(); ?>
<section id="content" style="float: left;">
	<?php if ( is_author() ) : ?>
		<?php $avenue_author = get_queried_object(); ?>
		<?php if ( $avenue_author instanceof WP_User ) : ?>
			<div class="fusion-author">
				<div class="fusion-author-avatar">
					<?php echo get_avatar( $avenue_author->user_email, 82 ); ?>
				</div>
				<div class="fusion-author-info">
					<h3 class="fusion-author-title vcard">
						Om <span class="fn"><?php echo esc_html( $avenue_author->display_name ); ?></span>
					</h3>
					<?php $avenue_desc = get_the_author_meta( 'description', $avenue_author->ID ); ?>
					<?php echo $avenue_desc ? wp_kses_post( $avenue_desc ) : esc_html( $avenue_author->display_name ) . ' har inte skrivit någon presentation ännu.'; ?>
				</div>
				<div style="clear:both;"></div>
				<div class="fusion-author-social clearfix">
					<div class="fusion-author-tagline"></div>
				</div>
			</div>
		<?php endif; ?>
	<?php elseif ( ( is_category() || is_tag() || is_tax() ) && term_description() ) : ?>
		<?php // Avada prints the description with the first post's ID and post classes. ?>
		<div id="post-<?php the_ID(); ?>" <?php post_class( 'fusion-archive-description' ); ?>>
			<div class="post-content">
				<?php echo term_description(); // phpcs:ignore ?>
			</div>
		</div>
	<?php endif; ?>

	<?php if ( have_posts() ) : ?>
		<?php get_template_part( 'templates/blog-layout' ); ?>
	<?php else : ?>
		<div class="post-content">
			<?php avenue_title_template( 'Inga inlägg hittades', '2' ); ?>
		</div>
	<?php endif; ?>
</section>
<?php get_sidebar(); ?>
<?php get_footer(); ?>
