<?php
/**
 * The sidebar. The e-mail follow widget is always first, as on the
 * WordPress.com blog this theme imitates; the rest is the widget area.
 *
 * @package Hosted
 */

?>
<div id="secondary" class="widget-area" role="complementary">
	<?php
	the_widget(
		'Hosted_Blog_Subscription_Widget',
		array(),
		array(
			'widget_id'     => 'blog_subscription-3',
			'before_widget' => '<aside id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget">',
			'after_widget'  => '</aside>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);

	if ( is_active_sidebar( 'sidebar-1' ) ) {
		dynamic_sidebar( 'sidebar-1' );
	}
	?>
</div><!-- #secondary -->
