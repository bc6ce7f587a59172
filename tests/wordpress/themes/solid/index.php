<?php
/**
 * Blog home / fallback template: list layout with right sidebar.
 *
 * @package solid
 */

get_header();

if ( is_home() && ! is_paged() ) {
	get_template_part( 'template-parts/featured', 'slider' );
}
?>
<div class="container penci_sidebar right-sidebar">
	<div id="main" class="penci-layout-list penci-main-sticky-sidebar">
		<div class="theiaStickySidebar">
			<?php if ( is_home() && ! is_front_page() ) : ?>
				<div class="archive-box">
					<div class="title-bar">
						<h1><?php single_post_title(); ?></h1>
					</div>
				</div>
			<?php elseif ( is_home() ) : ?>
				<div class="penci-border-arrow penci-homepage-title penci-home-latest-posts style-1 pcalign-left">
					<h3 class="inner-arrow">Senaste inläggen</h3>
				</div>
			<?php endif; ?>

			<?php get_template_part( 'template-parts/loop', 'list' ); ?>
		</div>
	</div>
	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
