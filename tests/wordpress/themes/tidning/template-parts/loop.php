<?php
/**
 * Listning: modulrutnät och sidnumrering.
 *
 * @package Tidning
 */

if ( have_posts() ) {
	tidning_render_loop();
	tidning_page_nav();
} else {
	get_template_part( 'template-parts/content', 'none' );
}
