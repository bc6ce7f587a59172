<?php
/**
 * The template for displaying archive pages
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

get_header();
?>

<div class="wrapper" id="archive-wrapper">

	<div class="container" id="content" tabindex="-1">

		<div class="row">

			<div class="col-md-8 content-area" id="primary">

				<main class="site-main" id="main">

					<?php
					if ( have_posts() ) {
						?>
						<header class="page-header mb-4">
							<?php
							the_archive_title( '<h1 class="page-title">', '</h1>' );
							the_archive_description( '<div class="taxonomy-description text-muted">', '</div>' );
							?>
						</header><!-- .page-header -->
						<?php
						if ( is_author() ) {
							get_template_part( 'template-parts/author', 'card' );
						}

						// Start the loop.
						while ( have_posts() ) {
							the_post();
							get_template_part( 'template-parts/content', get_post_format() );
						}
					} else {
						get_template_part( 'template-parts/content', 'none' );
					}
					?>

				</main><!-- #main -->

				<?php strapline_pagination(); ?>

			</div><!-- #primary -->

			<?php get_sidebar(); ?>

		</div><!-- .row -->

	</div><!-- #content -->

</div><!-- #archive-wrapper -->

<?php
get_footer();
