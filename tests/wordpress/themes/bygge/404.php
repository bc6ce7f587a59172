<?php
/**
 * 404 – Hello Elementors template-parts/404.php (ingen Theme Builder-mall för 404).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

get_header();
get_template_part( 'template-parts/404' );
get_footer();
