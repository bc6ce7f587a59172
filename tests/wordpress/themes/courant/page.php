<?php
/**
 * Statiska sidor.
 *
 * @package Courant
 */

get_header();
?>

<div class="container layout">
	<main id="main" class="site-main">

		<?php
		while ( have_posts() ) :
			the_post();

			courant_breadcrumbs();

			get_template_part( 'template-parts/content', 'page' );

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
