<?php
/**
 * Sidebar. Falls back to a few core widgets when the area is empty.
 *
 * @package Harbor
 */

?>
<aside id="secondary" class="harbor-sidebar widget-area" aria-label="<?php esc_attr_e( 'Sidebar', 'harbor' ); ?>">
	<?php
	if ( is_active_sidebar( 'sidebar-1' ) ) :
		dynamic_sidebar( 'sidebar-1' );
	else :
		$harbor_widget_args = array(
			'before_widget' => '<section class="harbor-widget widget %s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="harbor-widget__title">',
			'after_title'   => '</h2>',
		);

		the_widget( 'WP_Widget_Search', array( 'title' => '' ), $harbor_widget_args );

		the_widget(
			'WP_Widget_Recent_Posts',
			array(
				'title'  => __( 'Recent posts', 'harbor' ),
				'number' => 5,
			),
			$harbor_widget_args
		);

		the_widget(
			'WP_Widget_Recent_Comments',
			array(
				'title'  => __( 'Recent comments', 'harbor' ),
				'number' => 5,
			),
			$harbor_widget_args
		);

		the_widget(
			'WP_Widget_Categories',
			array(
				'title'    => __( 'Categories', 'harbor' ),
				'count'    => 1,
				'dropdown' => 0,
			),
			$harbor_widget_args
		);
	endif;
	?>
</aside>
