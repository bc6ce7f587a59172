<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

echo enfilad_title( array( 'title' => 'Fel 404 - sidan hittades inte', 'link' => '' ) ); // phpcs:ignore
?>

		<div class='container_wrap container_wrap_first main_color sidebar_right'>

			<div class='container'>

				<main class='template-page content  av-content-small alpha units' <?php echo enfilad_markup( 'content' ); ?>>

					<div class="entry entry-content-wrapper clearfix" id='search-fail'>
						<?php get_template_part( 'includes/error404' ); ?>
					</div>

				<!--end content-->
				</main>

				<?php get_sidebar(); ?>

			</div><!--end container-->

		</div><!-- close default .container_wrap element -->

<?php
get_footer();
