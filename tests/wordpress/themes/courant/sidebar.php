<?php
/**
 * Sidofältet: ”Mest läst” överst, därefter widgetar.
 *
 * @package Courant
 */

$courant_widget_args = array(
	'before_widget' => '<section class="widget %s">',
	'after_widget'  => '</section>',
	'before_title'  => '<h2 class="widget-title"><span>',
	'after_title'   => '</span></h2>',
);
?>
<aside id="secondary" class="site-sidebar widget-area" aria-label="<?php esc_attr_e( 'Sidofält', 'courant' ); ?>">
	<div class="sidebar-inner">
		<?php courant_most_read( 5 ); ?>

		<?php
		if ( is_active_sidebar( 'sidebar-1' ) ) :
			dynamic_sidebar( 'sidebar-1' );
		else :
			the_widget(
				'WP_Widget_Recent_Posts',
				array(
					'title'     => __( 'Senaste artiklarna', 'courant' ),
					'number'    => 5,
					'show_date' => true,
				),
				$courant_widget_args
			);
			the_widget(
				'WP_Widget_Categories',
				array(
					'title' => __( 'Kategorier', 'courant' ),
					'count' => 1,
				),
				$courant_widget_args
			);
			the_widget(
				'WP_Widget_Archives',
				array(
					'title' => __( 'Arkiv', 'courant' ),
					'count' => 1,
				),
				$courant_widget_args
			);
		endif;
		?>
	</div>
</aside>
