<?php
/**
 * The main template file (blog posts index)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

get_header(); ?>

	<div <?php tie_content_column_attr(); ?>>

		<?php
		if ( have_posts() ) :

			if ( is_paged() ) {
				get_template_part( 'templates/archive-head', '', array(
					'title' => sprintf( 'Senaste inläggen &#8211; sida %s', number_format_i18n( (int) get_query_var( 'paged' ) ) ),
				) );
			}

			get_template_part( 'templates/archives' );

			tie_pagination();

		else :

			get_template_part( 'templates/no-posts' );

		endif;
		?>

	</div><!-- .main-content /-->

<?php
get_sidebar();

get_footer();
