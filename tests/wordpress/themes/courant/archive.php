<?php
/**
 * Arkiv: kategorier, etiketter, författare och datum.
 *
 * @package Courant
 */

get_header();
?>

<div class="container layout">
	<main id="main" class="site-main">

		<?php if ( have_posts() ) : ?>

			<header class="page-header archive-header"<?php echo is_category() ? ' style="--cat-color:' . esc_attr( courant_category_color( get_queried_object_id() ) ) . '"' : ''; ?>>
				<p class="archive-label"><?php echo esc_html( courant_archive_label() ); ?></p>
				<?php
				the_archive_title( '<h1 class="page-title section-title"><span>', '</span></h1>' );
				the_archive_description( '<div class="archive-description">', '</div>' );
				?>
			</header>

			<div class="post-grid">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part(
						'template-parts/content',
						null,
						array( 'lead' => ( 0 === $wp_query->current_post && ! is_paged() ) )
					);
				endwhile;
				?>
			</div>

			<?php get_template_part( 'template-parts/pagination' ); ?>

		<?php else : ?>

			<?php get_template_part( 'template-parts/content', 'none' ); ?>

		<?php endif; ?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
