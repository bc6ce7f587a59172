<?php
/**
 * Sökresultat.
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
			<?php if ( have_posts() ) : ?>
				<header class="page-header" aria-label="<?php esc_attr_e( 'Sida', 'samtal' ); ?>">
					<h1 class="page-title">
						<?php
						/* translators: %s: sökfrågan */
						printf( esc_html__( 'Sökresultat för: %s', 'samtal' ), '<span>' . esc_html( get_search_query() ) . '</span>' );
						?>
					</h1>
				</header>
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'content', 'search' );
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
