<?php
/**
 * The template for displaying single posts.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?> <?php generate_do_microdata( 'article' ); ?>>
	<div class="inside-article">
		<?php
		/**
		 * generate_before_content hook.
		 *
		 * @hooked generate_featured_page_header_inside_single - 10
		 */
		do_action( 'generate_before_content' );
		?>

		<header class="entry-header">
			<?php
			do_action( 'generate_before_entry_title' );

			the_title( '<h1 class="entry-title" itemprop="headline">', '</h1>' );

			/**
			 * generate_after_entry_title hook.
			 *
			 * @hooked generate_post_meta - 10
			 */
			do_action( 'generate_after_entry_title' );
			?>
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

		<?php
		/**
		 * generate_after_entry_content hook.
		 *
		 * @hooked gpress_dela_block - 5
		 * @hooked gpress_author_box - 6
		 * @hooked generate_footer_meta - 10
		 */
		do_action( 'generate_after_entry_content' );

		do_action( 'generate_after_content' );
		?>
	</div>
</article>
