<?php
/**
 * archive.php – listning (GeneratePress-stil).
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

			if ( have_posts() ) :

				/**
				 * generate_archive_title hook.
				 *
				 * @hooked generate_archive_title - 10
				 */
				do_action( 'generate_archive_title' );
				while ( have_posts() ) :
					the_post();

					get_template_part( 'content', get_post_format() );

				endwhile;

				generate_content_nav( 'nav-below' );

			else :

				get_template_part( 'no-results' );

			endif;

			do_action( 'generate_after_main_content' );
			?>
		</main>
	</div>

	<?php
	get_sidebar();
	get_footer();
