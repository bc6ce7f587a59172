<?php
/**
 * The template for displaying all single posts
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

get_header();

if ( have_posts() ) :

	while ( have_posts() ) :
		the_post();

		get_template_part( 'templates/single-post/content' );

	endwhile;

endif;

get_sidebar();

get_footer();
