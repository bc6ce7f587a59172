<?php
/**
 * Sidofältet.
 *
 * Widgetarna är inskrivna direkt i mallen, som i de handgjorda teman som
 * det här bygger på: sök, senaste inläggen, senaste kommentarerna, arkiv,
 * kategorier och meta. Varje widget är en li i samma ul.
 *
 * @package Quill
 */

$quill_widget_args = array(
	'before_widget' => '<li class="widget %s">',
	'after_widget'  => "</li>\n",
	'before_title'  => '<h2 class="widgettitle">',
	'after_title'   => "</h2>\n",
);
?>
<div id="sidebar">
	<ul>
		<li id="search" class="widget widget_search">
			<?php get_search_form(); ?>
		</li>

		<?php
		the_widget(
			'WP_Widget_Recent_Posts',
			array(
				'title'  => __( 'Senaste inläggen', 'quill' ),
				'number' => 5,
			),
			$quill_widget_args
		);

		the_widget(
			'WP_Widget_Recent_Comments',
			array(
				'title'  => __( 'Senaste kommentarer', 'quill' ),
				'number' => 5,
			),
			$quill_widget_args
		);

		the_widget(
			'WP_Widget_Archives',
			array(
				'title'    => __( 'Arkiv', 'quill' ),
				'count'    => 0,
				'dropdown' => 0,
			),
			$quill_widget_args
		);

		the_widget(
			'WP_Widget_Categories',
			array(
				'title'        => __( 'Kategorier', 'quill' ),
				'count'        => 1,
				'hierarchical' => 1,
				'dropdown'     => 0,
			),
			$quill_widget_args
		);

		the_widget(
			'WP_Widget_Meta',
			array(
				'title' => __( 'Meta', 'quill' ),
			),
			$quill_widget_args
		);
		?>
	</ul>
</div>
