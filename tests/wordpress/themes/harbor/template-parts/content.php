<?php
/**
 * A post in the listing (blog index, archives, search).
 *
 * @package Harbor
 */

?>
<article id="post-<?php the_ID(); ?>" <?php post_class( 'harbor-card' ); ?>>

	<?php harbor_post_thumbnail( 'medium_large' ); ?>

	<div class="harbor-card__body">
		<header class="harbor-card__header">
			<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
				<span class="harbor-badge harbor-badge--sticky"><?php esc_html_e( 'Featured', 'harbor' ); ?></span>
			<?php endif; ?>

			<?php the_title( sprintf( '<h2 class="harbor-card__title"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ), '</a></h2>' ); ?>

			<?php if ( 'post' === get_post_type() ) : ?>
				<div class="harbor-meta">
					<?php
					harbor_posted_on();
					harbor_posted_by();
					harbor_comments_count_link();
					?>
				</div>
			<?php endif; ?>
		</header>

		<div class="harbor-card__summary">
			<?php the_excerpt(); ?>
		</div>

		<footer class="harbor-card__footer">
			<a class="harbor-read-more" href="<?php echo esc_url( get_permalink() ); ?>">
				<?php
				printf(
					/* translators: %s: Post title, only visible to screen readers. */
					esc_html__( 'Continue reading %s', 'harbor' ),
					'<span class="screen-reader-text">' . esc_html( get_the_title() ) . '</span>'
				);
				?>
				<span aria-hidden="true">&rarr;</span>
			</a>
			<?php harbor_edit_link(); ?>
		</footer>
	</div>

</article>
