<?php
/**
 * Bloggflöde (och reservmall).
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

get_header();

if ( is_home() && ! is_front_page() ) {
	get_template_part( 'template-parts/archive', 'hero' );
}
?>
<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
			<?php get_template_part( 'template-parts/loop' ); ?>
		</main><!-- #main -->
		<?php get_sidebar(); ?>
	</div>
</div><!-- #primary -->
<?php
get_footer();
