<?php
/**
 * Sidinnehåll.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

<article <?php stjarna_article_attr(); ?>>

	<header class="entry-header <?php echo has_post_thumbnail() ? '' : 'ast-no-thumbnail'; ?> ast-no-meta">

		<?php echo stjarna_get_post_thumbnail(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>

		<?php the_title( '<h1 class="entry-title" itemprop="headline">', '</h1>' ); ?>

	</header><!-- .entry-header -->

	<div class="entry-content clear" itemprop="text">

		<?php the_content(); ?>

		<?php stjarna_link_pages(); ?>

	</div><!-- .entry-content .clear -->

	<?php edit_post_link( esc_html__( 'Redigera', 'stjarna' ), '<footer class="entry-footer"><span class="edit-link">', '</span></footer>' ); ?>

</article><!-- #post-## -->
