<?php
/**
 * Sida.
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
				get_template_part( 'content', 'page' );

				if ( ! post_password_required() && ( comments_open() || get_comments_number() ) ) :
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
