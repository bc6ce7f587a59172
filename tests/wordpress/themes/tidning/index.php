<?php
/**
 * Startsida / bloggindex.
 *
 * @package Tidning
 */

get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container ">
		<div class="td-pb-row">
			<div class="td-pb-span8 td-main-content" role="main">
				<div class="td-ss-main-content">
					<div class="td-block-title-wrap">
						<h4 class="block-title"><span><?php echo is_paged() ? esc_html( sprintf( /* translators: %d: sidnummer */ __( 'Senaste artiklar – sida %d', 'tidning' ), (int) get_query_var( 'paged' ) ) ) : esc_html__( 'Senaste artiklar', 'tidning' ); ?></span></h4>
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
