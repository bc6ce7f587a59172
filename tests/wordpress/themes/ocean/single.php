<?php
/**
 * Enskilt inlägg.
 *
 * @package ocean
 */

get_header(); ?>

	<div id="content-wrap" class="container clr">

		<div id="primary" class="content-area clr">

			<div id="content" class="site-content clr">

				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'partials/single/layout' );
				endwhile;
				?>

			</div><!-- #content -->

		</div><!-- #primary -->

		<?php get_sidebar(); ?>

	</div><!-- #content-wrap -->

<?php
get_footer();
