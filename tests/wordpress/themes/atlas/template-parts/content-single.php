<?php
/**
 * The article of a single post.
 *
 * Breadcrumbs → title → meta row (+ "Uppdaterad") → featured image →
 * content (table of contents added by a the_content filter) → page links →
 * tags, share links.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( 'atlas-single-article' ); ?> itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="atlas-article-inner">
		<?php do_action( 'atlas_entry_top' ); ?>

		<header class="entry-header atlas-entry-header">
			<?php do_action( 'atlas_single_header_top' ); ?>
			<?php the_title( '<h1 class="entry-title atlas-entry-title" itemprop="headline">', '</h1>' ); ?>
			<?php do_action( 'atlas_single_header_bottom' ); ?>
		</header><!-- .entry-header -->

		<?php do_action( 'atlas_single_before_content' ); ?>

		<div class="entry-content atlas-entry-content clear" itemprop="text">
			<?php
			do_action( 'atlas_entry_content_before' );

			the_content(
				sprintf(
					/* translators: %s: post title (only visible to screen readers). */
					esc_html__( 'Fortsätt läsa %s', 'atlas' ),
					'<span class="screen-reader-text">' . get_the_title() . '</span>'
				)
			);

			atlas_link_pages();

			do_action( 'atlas_entry_content_after' );
			?>
		</div><!-- .entry-content -->

		<?php if ( has_action( 'atlas_single_after_content' ) ) : ?>
			<footer class="entry-footer atlas-entry-footer">
				<?php do_action( 'atlas_single_after_content' ); ?>
			</footer><!-- .entry-footer -->
		<?php endif; ?>

		<?php do_action( 'atlas_entry_bottom' ); ?>
	</div>
</article><!-- #post-<?php the_ID(); ?> -->
