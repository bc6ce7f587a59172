<?php
/**
 * SVG icon helper functions (Twenty Twenty).
 *
 * @package WordPress
 * @subpackage Tjugo
 */

if ( ! function_exists( 'twentytwenty_the_theme_svg' ) ) {
	/**
	 * Output the SVG markup for an icon.
	 *
	 * @param string $svg_name The name of the icon.
	 * @param string $group    The group the icon belongs to.
	 * @param string $color    Color code.
	 */
	function twentytwenty_the_theme_svg( $svg_name, $group = 'ui', $color = '' ) {
		echo twentytwenty_get_theme_svg( $svg_name, $group, $color ); // phpcs:ignore
	}
}

if ( ! function_exists( 'twentytwenty_get_theme_svg' ) ) {
	/**
	 * Get the SVG markup for an icon.
	 *
	 * @param string $svg_name The name of the icon.
	 * @param string $group    The group the icon belongs to.
	 * @param string $color    Color code.
	 * @return string|false
	 */
	function twentytwenty_get_theme_svg( $svg_name, $group = 'ui', $color = '' ) {

		$raw = TwentyTwenty_SVG_Icons::get_svg( $svg_name, $group, $color );
		if ( ! $raw ) {
			return false;
		}

		// Make sure that only our allowed tags and attributes are included.
		$svg = wp_kses(
			$raw,
			array(
				'svg'     => array(
					'class'       => true,
					'xmlns'       => true,
					'width'       => true,
					'height'      => true,
					'viewbox'     => true,
					'aria-hidden' => true,
					'role'        => true,
					'focusable'   => true,
				),
				'path'    => array(
					'fill'      => true,
					'fill-rule' => true,
					'd'         => true,
					'transform' => true,
				),
				'polygon' => array(
					'fill'      => true,
					'fill-rule' => true,
					'points'    => true,
					'transform' => true,
					'focusable' => true,
				),
			)
		);

		if ( ! $svg ) {
			return false;
		}
		return $svg;
	}
}
