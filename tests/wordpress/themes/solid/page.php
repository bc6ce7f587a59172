<?php
/**
 * Static page.
 *
 * @package solid
 */

get_header();
?>
<div class="container container-single-page penci_sidebar right-sidebar">
	<div id="main" class="penci-main-page penci-main-sticky-sidebar">
		<div class="theiaStickySidebar">
			<?php solid_breadcrumb( 'page-breadcrumb' ); ?>
			<?php
			while ( have_posts() ) :
				the_post();
				get_template_part( 'template-parts/content', 'page' );
			endwhile;
			?>
		</div>
	</div>
	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
