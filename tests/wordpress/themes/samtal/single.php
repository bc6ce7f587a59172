<?php
/**
 * Enskilt inlägg.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();
?>
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			<?php
			while ( have_posts() ) :
				the_post();
				get_template_part( 'content', 'single' );

				// Kommentarsvyn visas även när kommentarerna är stängda (med en notis).
				if ( ! post_password_required() && ( comments_open() || get_comments_number() || 'post' === get_post_type() ) ) :
					?>
					<div class="comments-area">
						<?php comments_template(); ?>
					</div>
					<?php
				endif;
			endwhile;
			?>
		</main>
	</div>
	<?php
	get_sidebar();
	get_footer();
