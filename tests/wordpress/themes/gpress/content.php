<?php
/**
 * The template for displaying posts within the loop.
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
			<?php
			do_action( 'generate_before_entry_title' );

			the_title( sprintf( '<h2 class="entry-title" itemprop="headline"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ), '</a></h2>' );

			do_action( 'generate_after_entry_title' );
			?>
		</header>

		<?php
		/**
		 * generate_after_entry_header hook.
		 *
		 * @hooked generate_post_image - 10
		 */
		do_action( 'generate_after_entry_header' );

		if ( generate_show_excerpt() ) :
			?>

			<div class="entry-summary" itemprop="text">
				<?php the_excerpt(); ?>
			</div>

		<?php else : ?>

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
		endif;

		/**
		 * generate_after_entry_content hook.
		 *
		 * @hooked generate_footer_meta - 10
		 */
		do_action( 'generate_after_entry_content' );

		do_action( 'generate_after_content' );
		?>
	</div>
</article>
