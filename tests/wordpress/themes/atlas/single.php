<?php
/**
 * Single post.
 *
 * The article is in template-parts/content-single.php; the author box,
 * post navigation, related posts, newsletter box and comments are attached
 * to atlas_single_after_entry (see inc/markup/single.php).
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();
?>
<div id="primary" class="content-area atlas-primary">
	<?php do_action( 'atlas_primary_content_top' ); ?>
	<main id="main" class="site-main atlas-main">
		<?php
		while ( have_posts() ) :
			the_post();

			do_action( 'atlas_single_before_entry' );

			get_template_part( 'template-parts/content', 'single' );

			do_action( 'atlas_single_after_entry' );

		endwhile;
		?>
	</main><!-- #main -->
	<?php do_action( 'atlas_primary_content_bottom' ); ?>
</div><!-- #primary -->
<?php
get_sidebar();
get_footer();
