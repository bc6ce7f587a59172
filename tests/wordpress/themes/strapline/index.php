<?php
/**
 * The main template file
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

get_header();
?>

<div class="wrapper" id="index-wrapper">

	<div class="container" id="content" tabindex="-1">

		<div class="row">

			<div class="col-md-8 content-area" id="primary">

				<main class="site-main" id="main">

					<?php if ( is_home() && ! is_front_page() ) : ?>
						<header class="page-header mb-4">
							<h1 class="page-title"><?php single_post_title(); ?></h1>
						</header>
					<?php else : ?>
						<h1 class="screen-reader-text"><?php esc_html_e( 'Senaste inläggen', 'strapline' ); ?></h1>
					<?php endif; ?>

					<?php
					if ( have_posts() ) {
						// Start the Loop.
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

</div><!-- #index-wrapper -->

<?php
get_footer();
