<?php
/**
 * Sida som h-entry (utan datumrad).
 *
 * @package Indie
 */

?>

<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
	<header class="entry-header">
		<?php
		if ( is_singular() ) {
			the_title( '<h1 class="p-name entry-name">', '</h1>' );
		} else {
			the_title( sprintf( '<h2 class="p-name entry-name"><a class="u-url" href="%s" rel="bookmark">', esc_url( get_permalink() ) ), '</a></h2>' );
		}
		?>
	</header>

	<?php indie_post_thumbnail( 'large' ); ?>

	<?php if ( is_singular() ) : ?>
		<div class="e-content entry-content">
			<?php the_content(); ?>
		</div>
		<?php indie_link_pages(); ?>
	<?php else : ?>
		<div class="p-summary entry-summary">
			<?php the_excerpt(); ?>
		</div>
	<?php endif; ?>

	<?php
	if ( is_singular() && ( comments_open() || get_comments_number() ) ) {
		comments_template();
	}
	?>
</article>
