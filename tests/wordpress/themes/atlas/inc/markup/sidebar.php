<?php
/**
 * Sidebar markup.
 *
 * atlas_sidebar → atlas_sidebar_widgets() 10
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Widgets of the sidebar, or a few default widgets until the site owner adds some.
 */
function atlas_sidebar_widgets() {
	if ( is_active_sidebar( 'sidebar-1' ) ) {
		dynamic_sidebar( 'sidebar-1' );
		return;
	}

	$args = array(
		'before_widget' => '<section class="widget atlas-widget atlas-default-widget %s">',
		'after_widget'  => '</section>',
		'before_title'  => '<h2 class="widget-title atlas-widget-title">',
		'after_title'   => '</h2>',
	);

	the_widget( 'WP_Widget_Search', array( 'title' => '' ), $args );
	the_widget( 'WP_Widget_Recent_Posts', array( 'title' => __( 'Senaste inläggen', 'atlas' ), 'number' => 5 ), $args );
	the_widget( 'WP_Widget_Categories', array( 'title' => __( 'Kategorier', 'atlas' ), 'count' => 1 ), $args );
	the_widget( 'WP_Widget_Archives', array( 'title' => __( 'Arkiv', 'atlas' ) ), $args );
}
add_action( 'atlas_sidebar', 'atlas_sidebar_widgets' );
