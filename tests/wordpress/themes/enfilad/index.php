<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

// Enfold's index.php: the title bar holds avia_which_archive() – "Arkiv" on the blog home.
if ( is_home() && ! is_front_page() && get_option( 'page_for_posts' ) ) {
	echo enfilad_title( array( 'title' => get_the_title( (int) get_option( 'page_for_posts' ) ), 'link' => get_permalink( (int) get_option( 'page_for_posts' ) ) ) ); // phpcs:ignore
} else {
	echo enfilad_title( array( 'title' => enfilad_which_archive(), 'link' => home_url( '/' ) ) ); // phpcs:ignore
}
?>

		<div class='container_wrap container_wrap_first main_color sidebar_right'>

			<div class='container template-blog '>

				<main class='content av-content-small alpha units' <?php echo enfilad_markup( 'content' ); ?>>

					<?php get_template_part( 'includes/loop', 'index' ); ?>

				<!--end content-->
				</main>

				<?php get_sidebar(); ?>

			</div><!--end container-->

		</div><!-- close default .container_wrap element -->

<?php
get_footer();
