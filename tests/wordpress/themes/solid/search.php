<?php
/**
 * Search results.
 *
 * @package solid
 */

get_header();
?>
<div class="container penci-breadcrumb-wrap">
	<?php solid_breadcrumb( 'search-breadcrumb' ); ?>
</div>
<div class="container penci_sidebar right-sidebar">
	<div id="main" class="penci-layout-list penci-main-sticky-sidebar">
		<div class="theiaStickySidebar">
			<div class="archive-box">
				<div class="title-bar">
					<span>Sökresultat för:</span> <h1>&quot;<?php echo esc_html( get_search_query() ); ?>&quot;</h1>
				</div>
			</div>

			<?php get_template_part( 'template-parts/loop', 'list' ); ?>
		</div>
	</div>
	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
