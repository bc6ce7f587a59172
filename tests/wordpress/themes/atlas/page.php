<?php
/**
 * Pages. The title is printed by the page title bar (atlas_content_before).
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

			get_template_part( 'template-parts/content', 'page' );

			if ( comments_open() || get_comments_number() ) :
				comments_template();
			endif;

		endwhile;
		?>
	</main><!-- #main -->
	<?php do_action( 'atlas_primary_content_bottom' ); ?>
</div><!-- #primary -->
<?php
get_sidebar();
get_footer();
