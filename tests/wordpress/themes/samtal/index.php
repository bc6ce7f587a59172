<?php
/**
 * Huvudmall (bloggen).
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
			if ( have_posts() ) :
				if ( is_home() && ! is_front_page() ) :
					?>
					<header class="page-header" aria-label="<?php esc_attr_e( 'Sida', 'samtal' ); ?>">
						<h1 class="page-title"><?php single_post_title(); ?></h1>
					</header>
					<?php
				endif;

				while ( have_posts() ) :
					the_post();
					get_template_part( 'content', get_post_format() );
				endwhile;

				samtal_content_nav();
			else :
				get_template_part( 'no-results' );
			endif;
			?>
		</main>
	</div>
	<?php
	get_sidebar();
	get_footer();
