<?php
/**
 * The template for displaying pages
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

get_header();

if ( have_posts() ) :

	while ( have_posts() ) :
		the_post();
		?>

		<div <?php tie_content_column_attr(); ?>>

			<article id="the-post" <?php tie_post_class( 'container-wrapper post-content', null, true ); ?>>

				<?php
					/**
					 * @hooked tie_show_page_head - 10
					 */
					do_action( 'TieLabs/before_single_post_title' );
				?>

				<div class="entry-content entry clearfix">
					<?php the_content(); ?>
					<?php do_action( 'TieLabs/after_post_content' ); ?>
				</div><!-- .entry-content /-->

			</article><!-- #the-post /-->

			<div class="post-components">
				<?php
					if ( comments_open() || get_comments_number() ) {
						comments_template();
					}
				?>
			</div><!-- .post-components /-->

		</div><!-- .main-content /-->

		<?php
	endwhile;

endif;

get_sidebar();

get_footer();
