<?php
/**
 * A post card on the blog listing, archives and search results.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( 'atlas-card' ); ?> itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="atlas-card-inner">
		<?php do_action( 'atlas_archive_entry_top' ); ?>

		<div class="atlas-card-body">
			<header class="entry-header atlas-entry-header">
				<?php
				do_action( 'atlas_archive_entry_header_top' );

				the_title(
					sprintf( '<h2 class="entry-title atlas-card-title" itemprop="headline"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ),
					'</a></h2>'
				);

				do_action( 'atlas_archive_entry_header_bottom' );
				?>
			</header>

			<div class="entry-summary atlas-card-excerpt" itemprop="text">
				<?php the_excerpt(); ?>
			</div>

			<footer class="entry-footer atlas-card-footer">
				<?php do_action( 'atlas_archive_entry_bottom' ); ?>
			</footer>
		</div>
	</div>
</article><!-- #post-<?php the_ID(); ?> -->
