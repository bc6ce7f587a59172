<?php
/**
 * Search results partial template
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;
?>

<article <?php post_class( 'card mb-4' ); ?> id="post-<?php the_ID(); ?>">

	<div class="card-body">

		<header class="entry-header">

			<?php
			the_title(
				sprintf( '<h2 class="entry-title card-title h5"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ),
				'</a></h2>'
			);
			?>

			<?php if ( 'post' === get_post_type() ) : ?>

				<div class="entry-meta mb-2">
					<?php strapline_posted_on(); ?>
				</div><!-- .entry-meta -->

			<?php endif; ?>

		</header><!-- .entry-header -->

		<div class="entry-summary card-text">

			<?php the_excerpt(); ?>

		</div><!-- .entry-summary -->

		<a class="btn btn-sm btn-outline-primary strapline-read-more-link" href="<?php the_permalink(); ?>"><?php esc_html_e( 'Läs mer', 'strapline' ); ?> &raquo;</a>

	</div><!-- .card-body -->

</article><!-- #post-<?php the_ID(); ?> -->
