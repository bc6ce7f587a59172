<?php
/**
 * The template for displaying all single posts.
 *
 * @package Hosted
 */

get_header(); ?>

	<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">

		<?php
		while ( have_posts() ) :
			the_post();

			get_template_part( 'template-parts/content', 'single' );

			the_post_navigation(
				array(
					'next_text' => '<span class="meta-nav" aria-hidden="true">' . esc_html__( 'Nästa', 'hosted' ) . '</span> '
						. '<span class="screen-reader-text">' . esc_html__( 'Nästa inlägg:', 'hosted' ) . '</span> '
						. '<span class="post-title">%title</span>',
					'prev_text' => '<span class="meta-nav" aria-hidden="true">' . esc_html__( 'Föregående', 'hosted' ) . '</span> '
						. '<span class="screen-reader-text">' . esc_html__( 'Föregående inlägg:', 'hosted' ) . '</span> '
						. '<span class="post-title">%title</span>',
					'screen_reader_text' => esc_html__( 'Inläggsnavigering', 'hosted' ),
				)
			);

			// Always load the comment template on posts: it prints the list, the form or the "closed" notice.
			comments_template();

		endwhile; // End of the loop.
		?>

		</main><!-- #main -->
	</div><!-- #primary -->

<?php
get_sidebar();
get_footer();
