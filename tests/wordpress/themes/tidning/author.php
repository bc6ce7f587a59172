<?php
/**
 * Författarsida.
 *
 * @package Tidning
 */

get_header();

$tidning_author_id = (int) get_queried_object_id();
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container ">
		<?php tidning_breadcrumbs(); ?>
		<div class="td-pb-row">
			<div class="td-pb-span8 td-main-content" role="main">
				<div class="td-ss-main-content">
					<div class="td-page-header">
						<h1 class="entry-title td-page-title">
							<span><?php echo esc_html( get_the_author_meta( 'display_name', $tidning_author_id ) ); ?></span>
						</h1>
					</div>

					<?php tidning_author_box( $tidning_author_id, true ); ?>

					<?php get_template_part( 'template-parts/loop' ); ?>
				</div>
			</div>
			<?php get_sidebar(); ?>
		</div> <!-- /.td-pb-row -->
	</div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
