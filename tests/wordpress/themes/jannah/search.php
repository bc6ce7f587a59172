<?php
/**
 * The template for displaying search results pages
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

get_header(); ?>

	<div <?php tie_content_column_attr(); ?>>

		<?php
		get_template_part( 'templates/archive-head', '', array(
			'title' => sprintf( 'Sökresultat för: %s', '<span>' . get_search_query() . '</span>' ),
		) );

		if ( have_posts() ) :

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
