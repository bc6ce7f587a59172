<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

echo enfilad_title( array( 'title' => enfilad_which_archive() ) ); // phpcs:ignore
?>

		<div class='container_wrap container_wrap_first main_color sidebar_right'>

			<div class='container template-blog '>

				<main class='content av-content-small alpha units' <?php echo enfilad_markup( 'content' ); ?>>

					<?php
					$enfilad_tds = term_description();
					if ( $enfilad_tds ) {
						echo "<div class='category-term-description'>{$enfilad_tds}</div>"; // phpcs:ignore
					}

					get_template_part( 'includes/loop', 'index' );
					?>

				<!--end content-->
				</main>

				<?php get_sidebar(); ?>

			</div><!--end container-->

		</div><!-- close default .container_wrap element -->

<?php
get_footer();
