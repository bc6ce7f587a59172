<?php
/**
 * En hel artikel. Används både för den aktuella artikeln och för
 * ”Nästa artikel” under den ($args['context'] = 'current' | 'next').
 *
 * @package Courant
 */

$courant_is_next   = isset( $args['context'] ) && 'next' === $args['context'];
$courant_protected = post_password_required();
$courant_classes   = array( 'article', $courant_is_next ? 'article-next' : 'article-current' );
?>
<article id="post-<?php the_ID(); ?>" <?php post_class( $courant_classes ); ?>>

	<header class="entry-header">
		<?php courant_category_labels(); ?>

		<?php
		if ( $courant_is_next ) {
			the_title( '<h2 class="entry-title"><a href="' . esc_url( get_permalink() ) . '" rel="bookmark">', '</a></h2>' );
		} else {
			the_title( '<h1 class="entry-title">', '</h1>' );
		}
		?>

		<?php if ( has_excerpt() && ! $courant_protected ) : ?>
			<div class="entry-standfirst">
				<?php the_excerpt(); ?>
			</div>
		<?php endif; ?>

		<div class="entry-meta">
			<?php courant_byline( 44 ); ?>
			<div class="entry-meta-details">
				<span class="updated-on">
					<?php
					/* translators: %s: datum och klockslag för senaste ändringen. */
					printf( esc_html__( 'Senast uppdaterad %s', 'courant' ), courant_get_time_tag( 'modified' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
					?>
				</span>
				<?php if ( ! $courant_protected ) : ?>
					<span class="reading-time"><?php echo esc_html( courant_reading_time() ); ?></span>
				<?php endif; ?>
				<?php courant_comment_count_link(); ?>
			</div>
		</div>
	</header>

	<?php courant_share_buttons( 'top' ); ?>

	<?php courant_featured_image(); ?>

	<div class="entry-content">
		<?php
		the_content(
			sprintf(
				/* translators: %s: artikelns rubrik (för skärmläsare). */
				__( 'Läs hela artikeln<span class="screen-reader-text"> ”%s”</span>', 'courant' ),
				wp_strip_all_tags( get_the_title() )
			)
		);

		wp_link_pages(
			array(
				'before'      => '<nav class="page-links" aria-label="' . esc_attr__( 'Artikelns sidor', 'courant' ) . '"><span class="page-links-title">' . esc_html__( 'Sidor:', 'courant' ) . '</span>',
				'after'       => '</nav>',
				'link_before' => '<span class="page-number">',
				'link_after'  => '</span>',
				'pagelink'    => '<span class="screen-reader-text">' . esc_html__( 'Sida', 'courant' ) . ' </span>%',
			)
		);
		?>
	</div>

	<footer class="entry-footer">
		<?php courant_share_buttons( 'bottom' ); ?>

		<?php
		$courant_tags = get_the_tag_list( '<ul class="tag-list"><li>', '</li><li>', '</li></ul>' );
		if ( $courant_tags && ! is_wp_error( $courant_tags ) ) :
			?>
			<div class="entry-tags">
				<span class="entry-tags-label"><?php esc_html_e( 'Ämnen', 'courant' ); ?></span>
				<?php echo $courant_tags; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
			</div>
		<?php endif; ?>

		<?php if ( $courant_is_next && ! $courant_protected && ( comments_open() || get_comments_number() ) ) : ?>
			<p class="next-article-comments">
				<a href="<?php echo esc_url( get_comments_link() ); ?>">
					<?php
					$courant_count = (int) get_comments_number();
					if ( $courant_count ) {
						/* translators: %s: antal kommentarer. */
						echo esc_html( sprintf( _n( 'Läs %s kommentar', 'Läs alla %s kommentarer', $courant_count, 'courant' ), number_format_i18n( $courant_count ) ) );
					} else {
						esc_html_e( 'Kommentera artikeln', 'courant' );
					}
					?>
				</a>
			</p>
		<?php endif; ?>

		<p class="entry-published">
			<small>
				<?php
				/* translators: %s: datum och klockslag för publiceringen. */
				printf( esc_html__( 'Publicerad %s', 'courant' ), courant_get_time_tag( 'published' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				?>
			</small>
		</p>
	</footer>

</article>
