<?php
/**
 * Huvudmallen: bloggsidan och reserv för alla listningar.
 *
 * @package ocean
 */

get_header(); ?>

	<div id="content-wrap" class="container clr">

		<div id="primary" class="content-area clr">

			<div id="content" class="site-content clr">

				<?php if ( have_posts() ) : ?>

					<div id="blog-entries" class="entries clr">

						<?php
						while ( have_posts() ) :
							the_post();
							get_template_part( 'partials/entry/layout' );
						endwhile;
						?>

					</div><!-- #blog-entries -->

					<?php ocean_pagination(); ?>

				<?php else : ?>

					<?php get_template_part( 'partials/none' ); ?>

				<?php endif; ?>

			</div><!-- #content -->

		</div><!-- #primary -->

		<?php get_sidebar(); ?>

	</div><!-- #content-wrap -->

<?php
get_footer();
