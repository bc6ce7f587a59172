<?php
/**
 * Innehåll för statiska sidor.
 *
 * @package Courant
 */

?>
<article id="post-<?php the_ID(); ?>" <?php post_class( 'article article-page' ); ?>>
	<header class="entry-header">
		<?php the_title( '<h1 class="entry-title">', '</h1>' ); ?>
	</header>

	<?php courant_featured_image(); ?>

	<div class="entry-content">
		<?php
		the_content();

		wp_link_pages(
			array(
				'before'      => '<nav class="page-links" aria-label="' . esc_attr__( 'Sidans delar', 'courant' ) . '"><span class="page-links-title">' . esc_html__( 'Sidor:', 'courant' ) . '</span>',
				'after'       => '</nav>',
				'link_before' => '<span class="page-number">',
				'link_after'  => '</span>',
			)
		);
		?>
	</div>
</article>
