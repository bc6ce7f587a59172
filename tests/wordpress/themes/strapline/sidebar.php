<?php
/**
 * The right sidebar containing the main widget area
 *
 * Until the client has set up widgets we show a few defaults
 * (search, latest posts, categories) in the same card markup.
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

$strapline_widget_args = array(
	'before_widget' => '<aside class="widget card mb-4 %s"><div class="card-body">',
	'after_widget'  => '</div></aside>',
	'before_title'  => '<h3 class="widget-title card-title h5">',
	'after_title'   => '</h3>',
);
?>

<div class="col-md-4 widget-area" id="right-sidebar">
	<?php
	if ( is_active_sidebar( 'right-sidebar' ) ) {
		dynamic_sidebar( 'right-sidebar' );
	} else {
		the_widget( 'WP_Widget_Search', array( 'title' => __( 'Sök', 'strapline' ) ), $strapline_widget_args );
		the_widget(
			'WP_Widget_Recent_Posts',
			array(
				'title'  => __( 'Senaste inläggen', 'strapline' ),
				'number' => 5,
			),
			$strapline_widget_args
		);
		the_widget( 'WP_Widget_Categories', array( 'title' => __( 'Kategorier', 'strapline' ) ), $strapline_widget_args );
	}
	?>
</div><!-- #right-sidebar -->
