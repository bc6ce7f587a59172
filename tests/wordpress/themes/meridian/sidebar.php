<?php
/**
 * Primary sidebar.
 *
 * Renders the "sidebar-1" widget area, or a set of core widgets when the
 * area has no widgets assigned.
 *
 * @package Meridian
 */

?>
<aside class="mrd-sidebar" aria-label="<?php esc_attr_e( 'Sidofält', 'meridian' ); ?>" itemscope itemtype="https://schema.org/WPSideBar">
	<?php
	if ( is_active_sidebar( 'sidebar-1' ) ) {
		dynamic_sidebar( 'sidebar-1' );
	} else {
		$meridian_widget_args = array(
			'before_widget' => '<section class="mrd-widget %s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="mrd-widget__title">',
			'after_title'   => '</h2>',
		);

		the_widget(
			'WP_Widget_Recent_Posts',
			array(
				'title'  => __( 'Senaste inläggen', 'meridian' ),
				'number' => 5,
			),
			$meridian_widget_args
		);

		the_widget(
			'WP_Widget_Recent_Comments',
			array(
				'title'  => __( 'Senaste kommentarerna', 'meridian' ),
				'number' => 5,
			),
			$meridian_widget_args
		);

		the_widget(
			'WP_Widget_Tag_Cloud',
			array(
				'title'    => __( 'Etiketter', 'meridian' ),
				'taxonomy' => 'post_tag',
				'count'    => 0,
			),
			$meridian_widget_args
		);
	}
	?>
</aside>
