<?php
/**
 * Sida.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?> itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<?php if ( has_post_thumbnail() ) : ?>
			<div class="featured-image page-header-image-single grid-container grid-parent">
				<?php the_post_thumbnail( 'full', array( 'itemprop' => 'image' ) ); ?>
			</div>
		<?php endif; ?>

		<header class="entry-header">
			<?php the_title( '<h1 class="entry-title" itemprop="headline">', '</h1>' ); ?>
		</header>

		<div class="entry-content" itemprop="text">
			<?php
			if ( post_password_required() ) {
				echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput
			} else {
				the_content();

				wp_link_pages(
					array(
						'before' => '<div class="page-links">' . __( 'Sidor:', 'samtal' ),
						'after'  => '</div>',
					)
				);
			}
			?>
		</div>
	</div>
</article>
