<?php
/**
 * Single post: classic layout with right sidebar.
 *
 * @package solid
 */

get_header();
?>
<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox">
	<div id="main" class="penci-main-single-page-default penci-main-sticky-sidebar">
		<div class="theiaStickySidebar">

			<?php solid_breadcrumb( 'single-breadcrumb' ); ?>

			<?php
			while ( have_posts() ) :
				the_post();
				get_template_part( 'template-parts/content', 'single' );
			endwhile;
			?>

		</div>
	</div>
	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
