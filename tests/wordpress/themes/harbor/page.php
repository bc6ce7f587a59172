<?php
/**
 * Static page.
 *
 * @package Harbor
 */

get_header();
?>

<main id="primary" class="harbor-main">

	<?php
	while ( have_posts() ) :
		the_post();
		?>

		<article id="post-<?php the_ID(); ?>" <?php post_class( 'harbor-entry harbor-entry--page' ); ?>>
			<header class="harbor-entry__header">
				<?php the_title( '<h1 class="harbor-entry__title">', '</h1>' ); ?>
			</header>

			<?php harbor_post_thumbnail(); ?>

			<div class="harbor-entry__content">
				<?php
				the_content();

				wp_link_pages(
					array(
						'before'      => '<nav class="harbor-page-links" aria-label="' . esc_attr__( 'Page sections', 'harbor' ) . '"><span class="harbor-page-links__label">' . esc_html__( 'Pages:', 'harbor' ) . '</span>',
						'after'       => '</nav>',
						'link_before' => '<span class="harbor-page-links__num">',
						'link_after'  => '</span>',
					)
				);
				?>
			</div>

			<?php if ( get_edit_post_link() ) : ?>
				<footer class="harbor-entry__footer">
					<?php harbor_edit_link(); ?>
				</footer>
			<?php endif; ?>
		</article>

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

	endwhile;
	?>

</main>

<?php
get_sidebar();
get_footer();
