<?php
/**
 * Enskilt inlägg som h-entry. Kommentarerna ligger inuti artikeln så att
 * de blir p-comment-egenskaper för inlägget.
 *
 * @package Indie
 */

?>

<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
	<header class="entry-header">
		<?php the_title( '<h1 class="p-name entry-name">', '</h1>' ); ?>

		<?php indie_entry_byline(); ?>

		<?php if ( has_excerpt() && ! post_password_required() ) : ?>
			<div class="p-summary entry-lead">
				<?php the_excerpt(); ?>
			</div>
		<?php endif; ?>
	</header>

	<?php indie_post_thumbnail( 'large' ); ?>

	<div class="e-content entry-content">
		<?php the_content(); ?>
	</div>

	<?php indie_link_pages(); ?>

	<footer class="entry-footer">
		<?php indie_entry_terms(); ?>
	</footer>

	<?php
	if ( post_type_supports( get_post_type(), 'comments' ) ) {
		comments_template();
	}
	?>
</article>
