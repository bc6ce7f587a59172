<?php
/**
 * Sida.
 *
 * @package Tidning
 */

get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container tdc-content-wrap">
		<?php tidning_breadcrumbs(); ?>
		<div class="td-pb-row">
			<div class="td-pb-span8 td-main-content" role="main">
				<div class="td-ss-main-content">
					<?php
					while ( have_posts() ) :
						the_post();
						?>
						<div class="td-page-header">
							<h1 class="entry-title td-page-title">
								<span><?php the_title(); ?></span>
							</h1>
						</div>
						<div class="td-page-content tagdiv-type">
							<?php
							if ( has_post_thumbnail() && ! post_password_required() ) {
								tidning_featured_image();
							}
							the_content();
							wp_link_pages( array(
								'before' => '<div class="page-nav page-nav-post td-pb-padding-side"><span class="pages">' . esc_html__( 'Sidor:', 'tidning' ) . '</span>',
								'after'  => '</div>',
							) );
							?>
						</div>
						<?php
						if ( comments_open() || get_comments_number() ) {
							comments_template();
						}
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
