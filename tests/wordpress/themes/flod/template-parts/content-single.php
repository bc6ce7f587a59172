<?php
/**
 * En hel artikel. Används både för artikeln som adressen pekar på (position 1)
 * och för nästa äldre artikel som laddas under den (position 2).
 *
 * @package Flod
 */

$flod_position = isset( $args['flod_position'] ) ? (int) $args['flod_position'] : 1;
$flod_is_first = ( 1 === $flod_position );
$flod_classes  = array( 'flod-article', $flod_is_first ? 'flod-article--current' : 'flod-article--next' );
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( $flod_classes ); ?> data-flod-position="<?php echo esc_attr( $flod_position ); ?>" itemscope itemtype="https://schema.org/NewsArticle">
	<header class="entry-header">
		<?php
		flod_kicker();

		if ( $flod_is_first ) {
			the_title( '<h1 class="entry-title" itemprop="headline">', '</h1>' );
		} else {
			the_title( '<h2 class="entry-title" itemprop="headline"><a href="' . esc_url( get_permalink() ) . '" rel="bookmark">', '</a></h2>' );
		}

		if ( has_excerpt() && ! post_password_required() ) :
			?>
			<div class="flod-ingress" itemprop="description"><?php the_excerpt(); ?></div>
		<?php endif; ?>

		<div class="flod-meta entry-meta">
			<?php
			flod_byline();
			flod_posted_on();
			flod_reading_time();
			?>
		</div>
	</header>

	<?php flod_post_thumbnail(); ?>

	<div class="entry-content" itemprop="articleBody">
		<?php
		the_content( 'Läs hela artikeln &raquo;' );

		wp_link_pages(
			array(
				'before'      => '<nav class="page-links" aria-label="Artikelns sidor"><span class="page-links__title">Sidor:</span>',
				'after'       => '</nav>',
				'link_before' => '<span class="page-number">',
				'link_after'  => '</span>',
			)
		);
		?>
	</div>

	<footer class="entry-footer">
		<?php
		flod_entry_terms();
		flod_share_buttons();

		if ( ! $flod_is_first && ! post_password_required() && ( comments_open() || get_comments_number() ) ) :
			$flod_count = (int) get_comments_number();
			?>
			<a class="flod-next-comments" href="<?php echo esc_url( get_permalink() . '#comments' ); ?>">
				<?php
				if ( 0 === $flod_count ) {
					echo 'Bli först att kommentera';
				} elseif ( 1 === $flod_count ) {
					echo 'Läs 1 kommentar';
				} else {
					printf( 'Läs %d kommentarer', (int) $flod_count );
				}
				?>
			</a>
		<?php endif; ?>

		<?php edit_post_link( 'Redigera artikeln', '<span class="edit-link">', '</span>' ); ?>
	</footer>
</article>
