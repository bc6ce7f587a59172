<?php
/**
 * The site's entry.
 *
 * Som i Hello Elementor: Elementor Pro Theme Builder-locations först
 * (single / archive), annars temats egna mallar.
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

get_header();

if ( is_singular( 'post' ) ) {
	// elementor_theme_do_location( 'single' ) – Single Post-mallen #245.
	while ( have_posts() ) :
		the_post();
		get_template_part( 'template-parts/elementor/single-post' );
	endwhile;
} elseif ( is_singular() ) {
	// Ingen Theme Builder-mall för sidor: Hello Elementors egen single.
	get_template_part( 'template-parts/single' );
} elseif ( is_archive() || is_home() || is_search() ) {
	// elementor_theme_do_location( 'archive' ) – Archive-mallen #251.
	get_template_part( 'template-parts/elementor/archive' );
} else {
	get_template_part( 'template-parts/404' );
}

get_footer();
