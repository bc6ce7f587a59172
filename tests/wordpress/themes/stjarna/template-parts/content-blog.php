<?php
/**
 * Inlägg i listningar (Astra blog-layout-1).
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

<article <?php stjarna_article_attr(); ?>>

	<div <?php stjarna_blog_layout_class( 'blog-layout-1' ); ?>>

		<div class="post-content ast-grid-common-col" >

			<?php if ( has_post_thumbnail() ) : ?>
				<div class="ast-blog-featured-section post-thumb ast-grid-common-col ast-float"><?php echo stjarna_get_post_thumbnail( true ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></div>
			<?php endif; ?>

			<header class="entry-header">

				<h2 class="entry-title" itemprop="headline"><a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a></h2>

				<?php stjarna_blog_get_post_meta(); ?>

			</header><!-- .entry-header -->

			<div class="entry-content clear" itemprop="text">

				<div class="ast-excerpt-container ast-blog-single-element">
					<?php the_excerpt(); ?>
				</div>

			</div><!-- .entry-content .clear -->

		</div><!-- .post-content -->

	</div> <!-- .blog-layout-1 -->

</article><!-- #post-## -->
