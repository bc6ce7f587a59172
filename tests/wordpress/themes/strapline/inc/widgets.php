<?php
/**
 * Declaring widgets
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

add_action( 'widgets_init', 'strapline_widgets_init' );

if ( ! function_exists( 'strapline_widgets_init' ) ) {
	/**
	 * Initializes themes widgets.
	 */
	function strapline_widgets_init() {
		register_sidebar(
			array(
				'name'          => __( 'Högersidofält', 'strapline' ),
				'id'            => 'right-sidebar',
				'description'   => __( 'Widgetyta i högerspalten', 'strapline' ),
				'before_widget' => '<aside id="%1$s" class="widget card mb-4 %2$s"><div class="card-body">',
				'after_widget'  => '</div></aside>',
				'before_title'  => '<h3 class="widget-title card-title h5">',
				'after_title'   => '</h3>',
			)
		);

		register_sidebar(
			array(
				'name'          => __( 'Sidfot', 'strapline' ),
				'id'            => 'footerfull',
				'description'   => __( 'Widgetyta i sidfoten', 'strapline' ),
				'before_widget' => '<div id="%1$s" class="footer-widget col-md %2$s">',
				'after_widget'  => '</div><!-- .footer-widget -->',
				'before_title'  => '<h3 class="widget-title h6 text-uppercase">',
				'after_title'   => '</h3>',
			)
		);
	}
}
