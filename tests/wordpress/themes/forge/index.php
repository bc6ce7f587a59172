<?php
/**
 * Huvudmall. Används för bloggsidan och som reserv när ingen
 * specifik mall finns (samma uppdelning som Hello Elementor).
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();

if ( is_singular() ) {
	if ( ! function_exists( 'elementor_theme_do_location' ) || ! elementor_theme_do_location( 'single' ) ) {
		get_template_part( is_page() ? 'template-parts/location/single-page' : 'template-parts/location/single-post' );
	}
} elseif ( is_404() ) {
	if ( ! function_exists( 'elementor_theme_do_location' ) || ! elementor_theme_do_location( 'single' ) ) {
		get_template_part( 'template-parts/location/error-404' );
	}
} else {
	if ( ! function_exists( 'elementor_theme_do_location' ) || ! elementor_theme_do_location( 'archive' ) ) {
		get_template_part( 'template-parts/location/archive' );
	}
}

get_footer();
