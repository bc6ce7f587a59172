<?php
/**
 * The content of a page. The title is in the page title bar.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( 'atlas-page-article' ); ?> itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="atlas-article-inner">
		<?php do_action( 'atlas_entry_top' ); ?>

		<?php if ( ! atlas_show_page_title_bar() ) : ?>
			<header class="entry-header atlas-entry-header">
				<?php the_title( '<h1 class="entry-title atlas-entry-title" itemprop="headline">', '</h1>' ); ?>
			</header>
		<?php endif; ?>

		<?php atlas_post_thumbnail( 'post-thumbnail' ); ?>

		<div class="entry-content atlas-entry-content clear" itemprop="text">
			<?php
			the_content();
			atlas_link_pages();
			?>
		</div><!-- .entry-content -->

		<?php if ( get_edit_post_link() ) : ?>
			<footer class="entry-footer atlas-entry-footer">
				<?php atlas_edit_post_link(); ?>
			</footer>
		<?php endif; ?>

		<?php do_action( 'atlas_entry_bottom' ); ?>
	</div>
</article><!-- #post-<?php the_ID(); ?> -->
