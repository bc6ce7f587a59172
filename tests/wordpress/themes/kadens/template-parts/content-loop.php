<?php
/**
 * Ett inlägg i en lista (blogg, arkiv, sök).
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;
?>
<li class="entry-list-item">
	<article id="post-<?php the_ID(); ?>" <?php post_class( 'entry content-bg loop-entry' ); ?>>
		<?php kadens_post_thumbnail( 'loop' ); ?>
		<div class="entry-content-wrap">
			<header class="entry-header">
				<?php kadens_category_pills(); ?>
				<?php the_title( sprintf( '<h2 class="entry-title"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ), '</a></h2>' ); ?>
				<?php kadens_entry_meta(); ?>
			</header><!-- .entry-header -->
			<div class="entry-summary">
				<?php
				if ( post_password_required() ) {
					echo '<p class="protected-excerpt">Det här inlägget är lösenordsskyddat. Ange lösenordet på inläggssidan för att läsa det.</p>';
				} else {
					the_excerpt();
				}
				?>
			</div><!-- .entry-summary -->
			<footer class="entry-footer">
				<div class="entry-actions">
					<p class="more-link-wrap">
						<a href="<?php the_permalink(); ?>" class="post-more-link">Läs mer<span class="screen-reader-text"> <?php the_title(); ?></span><span class="kadence-svg-iconset svg-baseline" aria-hidden="true"> &rarr;</span></a>
					</p>
				</div>
			</footer><!-- .entry-footer -->
		</div>
	</article>
</li>
