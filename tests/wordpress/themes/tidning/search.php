<?php
/**
 * Sökresultat (td_module_16-lista).
 *
 * @package Tidning
 */

get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container ">
		<?php tidning_breadcrumbs(); ?>
		<div class="td-pb-row">
			<div class="td-pb-span8 td-main-content" role="main">
				<div class="td-ss-main-content">
					<div class="td-page-header">
						<h1 class="entry-title td-page-title">
							<span class="td-search-query"><?php echo esc_html( get_search_query() ); ?></span> - <span> <?php esc_html_e( 'Sökresultat', 'tidning' ); ?></span>
						</h1>
						<div class="search-page-search-wrap">
							<form method="get" class="td-search-form-widget" action="<?php echo esc_url( home_url( '/' ) ); ?>">
								<div role="search">
									<input class="td-widget-search-input" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" id="s" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="searchsubmit" value="<?php esc_attr_e( 'Sök', 'tidning' ); ?>" />
								</div>
							</form>
							<div class="td_search_subtitle"><?php esc_html_e( 'Om du inte är nöjd med resultaten, gör en ny sökning', 'tidning' ); ?></div>
						</div>
					</div>

					<?php
					if ( have_posts() ) {
						while ( have_posts() ) {
							the_post();
							echo tidning_module( 'td_module_16', get_post() ); // phpcs:ignore WordPress.Security.EscapeOutput
						}
						tidning_page_nav();
					} else {
						get_template_part( 'template-parts/content', 'none' );
					}
					?>
				</div>
			</div>
			<?php get_sidebar(); ?>
		</div> <!-- /.td-pb-row -->
	</div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
