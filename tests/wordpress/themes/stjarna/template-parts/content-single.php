<?php
/**
 * Enskilt inlägg: bild ovanför rubriken, sedan rubrik och meta (Astra single-layout-1).
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

<article <?php stjarna_article_attr(); ?>>

	<div <?php stjarna_blog_layout_class( 'single-layout-1' ); ?>>

		<header class="entry-header <?php echo has_post_thumbnail() ? '' : 'ast-no-thumbnail'; ?>">

			<?php echo stjarna_get_post_thumbnail(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>

			<div class="ast-single-post-order">
				<?php the_title( '<h1 class="entry-title" itemprop="headline">', '</h1>' ); ?>

				<?php stjarna_single_get_post_meta(); ?>
			</div>

		</header><!-- .entry-header -->

		<div class="entry-content clear" itemprop="text">

			<?php the_content(); ?>

			<?php stjarna_link_pages(); ?>

		</div><!-- .entry-content .clear -->
	</div>

</article><!-- #post-## -->
