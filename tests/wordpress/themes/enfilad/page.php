<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

// Enfold's page.php: the page title lives ONLY in the title bar (h1.main-title linking to the page itself).
echo enfilad_title(); // phpcs:ignore
?>

		<div class='container_wrap container_wrap_first main_color sidebar_right'>

			<div class='container'>

				<main class='template-page content  av-content-small alpha units' <?php echo enfilad_markup( 'content' ); ?>>

					<?php get_template_part( 'includes/loop', 'page' ); ?>

				<!--end content-->
				</main>

				<?php get_sidebar(); ?>

			</div><!--end container-->

		</div><!-- close default .container_wrap element -->

<?php
get_footer();
