<?php
/**
 * Arkiv: taggar, datum och övriga arkiv.
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
							<span><?php
							if ( is_tag() ) {
								single_tag_title();
							} elseif ( is_day() ) {
								echo esc_html( sprintf( /* translators: %s: datum */ __( 'Dagsarkiv: %s', 'tidning' ), get_the_date( 'j F Y' ) ) );
							} elseif ( is_month() ) {
								echo esc_html( sprintf( /* translators: %s: månad */ __( 'Månadsarkiv: %s', 'tidning' ), get_the_date( 'F Y' ) ) );
							} elseif ( is_year() ) {
								echo esc_html( sprintf( /* translators: %s: år */ __( 'Årsarkiv: %s', 'tidning' ), get_the_date( 'Y' ) ) );
							} else {
								echo esc_html( wp_strip_all_tags( get_the_archive_title() ) );
							}
							?></span>
						</h1>
						<?php the_archive_description( '<div class="td-category-description">', '</div>' ); ?>
					</div>
					<?php get_template_part( 'template-parts/loop' ); ?>
				</div>
			</div>
			<?php get_sidebar(); ?>
		</div> <!-- /.td-pb-row -->
	</div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
