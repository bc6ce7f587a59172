<?php
/**
 * Ett inlägg i flödet: h-entry med p-summary (arkiv, sök) eller e-content (startsidan).
 *
 * @package Indie
 */

$indie_full_content = is_home(); // Startsidan visar hela inlägg, arkiv och sök visar sammanfattningar.
$indie_has_title    = '' !== trim( get_the_title() );
?>

<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
	<header class="entry-header">
		<?php if ( is_sticky() && is_home() && ! is_paged() ) : ?>
			<span class="sticky-label"><?php esc_html_e( 'Utvalt', 'indie' ); ?></span>
		<?php endif; ?>

		<?php if ( $indie_has_title ) : ?>
			<h2 class="p-name entry-name"><a<?php echo ( 'post' === get_post_type() ) ? '' : ' class="u-url"'; ?> href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a></h2>
		<?php endif; ?>

		<?php
		if ( 'post' === get_post_type() ) {
			indie_entry_byline();
		}
		?>
	</header>

	<?php indie_post_thumbnail(); ?>

	<?php if ( $indie_full_content ) : ?>
		<div class="e-content entry-content">
			<?php
			the_content(
				sprintf(
					/* translators: %s: inläggets titel (endast för skärmläsare). */
					esc_html__( 'Läs vidare %s', 'indie' ) . ' <span aria-hidden="true">&rarr;</span>',
					'<span class="screen-reader-text">' . the_title_attribute( array( 'echo' => false ) ) . '</span>'
				)
			);
			indie_link_pages();
			?>
		</div>
	<?php else : ?>
		<div class="p-summary entry-summary">
			<?php the_excerpt(); ?>
		</div>
		<p class="read-more"><a href="<?php the_permalink(); ?>"><?php esc_html_e( 'Läs hela inlägget', 'indie' ); ?><span class="screen-reader-text"> <?php the_title(); ?></span> <span aria-hidden="true">&rarr;</span></a></p>
	<?php endif; ?>

	<?php if ( 'post' === get_post_type() ) : ?>
		<footer class="entry-footer">
			<?php indie_entry_terms(); ?>
		</footer>
	<?php endif; ?>
</article>
