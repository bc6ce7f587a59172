<?php
/**
 * Sidor.
 *
 * @package Flod
 */

get_header();
?>
<div class="flod-container flod-layout">
	<main id="primary" class="site-main flod-page">
		<?php
		while ( have_posts() ) :
			the_post();
			?>
			<article id="post-<?php the_ID(); ?>" <?php post_class( 'flod-article' ); ?>>
				<header class="entry-header">
					<?php the_title( '<h1 class="entry-title">', '</h1>' ); ?>
				</header>

				<?php flod_post_thumbnail(); ?>

				<div class="entry-content">
					<?php
					the_content();

					wp_link_pages(
						array(
							'before'      => '<nav class="page-links" aria-label="Sidans sidor"><span class="page-links__title">Sidor:</span>',
							'after'       => '</nav>',
							'link_before' => '<span class="page-number">',
							'link_after'  => '</span>',
						)
					);
					?>
				</div>

				<?php edit_post_link( 'Redigera sidan', '<footer class="entry-footer"><span class="edit-link">', '</span></footer>' ); ?>
			</article>
			<?php
			if ( comments_open() || get_comments_number() ) {
				comments_template();
			}
		endwhile;
		?>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
