<?php
/**
 * The template for displaying all pages.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header(); ?>

	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			<?php
			do_action( 'generate_before_main_content' );

			while ( have_posts() ) :
				the_post();

				get_template_part( 'content', 'page' );

				generate_do_comments_template();

			endwhile;

			do_action( 'generate_after_main_content' );
			?>
		</main>
	</div>

	<?php
	get_sidebar();
	get_footer();
