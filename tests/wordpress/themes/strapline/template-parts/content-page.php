<?php
/**
 * Partial template for content in page.php
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;
?>

<article <?php post_class(); ?> id="post-<?php the_ID(); ?>">

	<header class="entry-header card mb-4">
		<div class="card-body">
			<?php the_title( '<h1 class="entry-title card-title mb-0">', '</h1>' ); ?>
		</div>
	</header><!-- .entry-header -->

	<?php if ( has_post_thumbnail() ) : ?>
		<figure class="post-thumbnail mb-4">
			<?php the_post_thumbnail( 'large', array( 'class' => 'img-fluid rounded' ) ); ?>
		</figure>
	<?php endif; ?>

	<div class="entry-content">

		<?php
		if ( post_password_required() ) {
			echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		} else {
			the_content();
			strapline_link_pages();
		}
		?>

	</div><!-- .entry-content -->

	<footer class="entry-footer">

		<?php edit_post_link( __( 'Redigera', 'strapline' ), '<span class="edit-link small">', '</span>' ); ?>

	</footer><!-- .entry-footer -->

</article><!-- #post-<?php the_ID(); ?> -->
