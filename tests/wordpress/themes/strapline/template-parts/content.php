<?php
/**
 * Post rendering content according to caller of get_template_part
 * (card in listings).
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;
?>

<article <?php post_class( 'card mb-4' ); ?> id="post-<?php the_ID(); ?>">

	<?php if ( has_post_thumbnail() ) : ?>
		<a href="<?php the_permalink(); ?>" class="card-img-link" aria-hidden="true" tabindex="-1">
			<?php the_post_thumbnail( 'strapline-card', array( 'class' => 'card-img-top' ) ); ?>
		</a>
	<?php endif; ?>

	<div class="card-body">

		<header class="entry-header">

			<?php
			the_title(
				sprintf( '<h2 class="entry-title card-title h4"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ),
				'</a></h2>'
			);
			?>

			<?php if ( 'post' === get_post_type() ) : ?>

				<div class="entry-meta mb-2">
					<?php strapline_posted_on(); ?>
				</div><!-- .entry-meta -->

			<?php endif; ?>

		</header><!-- .entry-header -->

		<div class="entry-content card-text">

			<?php the_excerpt(); ?>

		</div><!-- .entry-content -->

		<a class="btn btn-sm btn-outline-primary strapline-read-more-link" href="<?php the_permalink(); ?>">
			<?php esc_html_e( 'Läs mer', 'strapline' ); ?><span class="screen-reader-text"> <?php esc_html_e( 'om', 'strapline' ); ?> <?php the_title(); ?></span> &raquo;
		</a>

	</div><!-- .card-body -->

	<footer class="entry-footer card-footer bg-transparent small">

		<?php strapline_entry_footer(); ?>

	</footer><!-- .entry-footer -->

</article><!-- #post-<?php the_ID(); ?> -->
