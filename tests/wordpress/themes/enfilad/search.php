<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

$enfilad_results = enfilad_which_archive();
echo enfilad_title( array( 'title' => $enfilad_results ) ); // phpcs:ignore
?>

		<div class='container_wrap container_wrap_first main_color sidebar_right'>

			<div class='container'>

				<main class='content template-search av-content-small alpha units' <?php echo enfilad_markup( 'content' ); ?>>

					<div class='page-heading-container clearfix'>
						<section class="search_form_field">
							<h4>Ny sökning</h4>
							<p>Om du inte är nöjd med resultaten nedan, gör en ny sökning</p>
							<?php get_search_form(); ?>
							<span class='author-extra-border'></span>
						</section>
					</div>

					<?php
					if ( '' !== get_search_query() || have_posts() ) {
						echo "<h4 class='extra-mini-title widgettitle'>" . $enfilad_results . '</h4>'; // phpcs:ignore
						get_template_part( 'includes/loop', 'search' );
					}
					?>

				<!--end content-->
				</main>

				<?php get_sidebar(); ?>

			</div><!--end container-->

		</div><!-- close default .container_wrap element -->

<?php
get_footer();
