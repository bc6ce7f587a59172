<?php
/**
 * The template used for displaying page content in page.php
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?> <?php generate_do_microdata( 'article' ); ?>>
	<div class="inside-article">
		<?php do_action( 'generate_before_content' ); ?>

		<header class="entry-header">
			<?php the_title( '<h1 class="entry-title" itemprop="headline">', '</h1>' ); ?>
		</header>

		<?php do_action( 'generate_after_entry_header' ); ?>

		<div class="entry-content" itemprop="text">
			<?php
			the_content();

			wp_link_pages(
				array(
					'before' => '<div class="page-links">' . __( 'Sidor:', 'gpress' ),
					'after'  => '</div>',
				)
			);
			?>
		</div>

		<?php do_action( 'generate_after_content' ); ?>
	</div>
</article>
