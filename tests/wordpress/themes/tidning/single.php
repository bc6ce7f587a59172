<?php
/**
 * Enskild artikel (single_template_1).
 *
 * @package Tidning
 */

get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container td-post-template-default ">
		<?php tidning_breadcrumbs(); ?>

		<div class="td-pb-row">
			<div class="td-pb-span8 td-main-content" role="main">
				<div class="td-ss-main-content">
					<?php
					while ( have_posts() ) :
						the_post();
						get_template_part( 'template-parts/content', 'single' );

						tidning_related_posts( get_the_ID() );

						comments_template();
					endwhile;
					?>
				</div>
			</div>
			<?php get_sidebar(); ?>
		</div> <!-- /.td-pb-row -->
	</div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
