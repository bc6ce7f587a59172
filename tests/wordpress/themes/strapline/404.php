<?php
/**
 * The template for displaying 404 pages (not found)
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

get_header();
?>

<div class="wrapper" id="error-404-wrapper">

	<div class="container" id="content" tabindex="-1">

		<div class="row">

			<div class="col-md-8 content-area" id="primary">

				<main class="site-main" id="main">

					<section class="error-404 not-found">

						<header class="page-header card mb-4">
							<div class="card-body">
								<h1 class="page-title card-title"><?php esc_html_e( 'Hoppsan! Sidan kunde inte hittas.', 'strapline' ); ?></h1>
							</div>
						</header><!-- .page-header -->

						<div class="page-content">

							<p><?php esc_html_e( 'Det verkar som att ingenting hittades här. Prova att söka, eller välj något av de senaste inläggen nedan.', 'strapline' ); ?></p>

							<?php get_search_form(); ?>

							<?php
							the_widget(
								'WP_Widget_Recent_Posts',
								array( 'title' => __( 'Senaste inläggen', 'strapline' ) ),
								array(
									'before_widget' => '<div class="widget mt-4 %s">',
									'after_widget'  => '</div>',
									'before_title'  => '<h2 class="widget-title h5">',
									'after_title'   => '</h2>',
								)
							);
							?>

						</div><!-- .page-content -->

					</section><!-- .error-404 -->

				</main><!-- #main -->

			</div><!-- #primary -->

			<?php get_sidebar(); ?>

		</div><!-- .row -->

	</div><!-- #content -->

</div><!-- #error-404-wrapper -->

<?php
get_footer();
