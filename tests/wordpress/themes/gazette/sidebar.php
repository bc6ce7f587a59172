<?php
/**
 * Sidebar with fallback content: "Populärt" and recent comments.
 *
 * @package Gazette
 */

?>
<aside id="secondary" class="gz-sidebar widget-area" aria-label="<?php esc_attr_e( 'Sidofält', 'gazette' ); ?>">
	<?php if ( is_active_sidebar( 'sidebar-1' ) ) : ?>
		<?php dynamic_sidebar( 'sidebar-1' ); ?>
	<?php else : ?>
		<?php
		$gazette_popular = new WP_Query(
			array(
				'post_type'           => 'post',
				'post_status'         => 'publish',
				'posts_per_page'      => 5,
				'orderby'             => array(
					'comment_count' => 'DESC',
					'date'          => 'DESC',
				),
				'ignore_sticky_posts' => true,
				'no_found_rows'       => true,
			)
		);

		if ( $gazette_popular->have_posts() ) :
			?>
			<section class="gz-widget gz-widget--popular">
				<h2 class="gz-widget__title"><?php esc_html_e( 'Populärt', 'gazette' ); ?></h2>
				<?php gazette_post_list( $gazette_popular->posts, true ); ?>
			</section>
			<?php
		endif;

		the_widget(
			'WP_Widget_Recent_Comments',
			array(
				'title'  => __( 'Senaste kommentarer', 'gazette' ),
				'number' => 5,
			),
			array(
				'before_widget' => '<section class="gz-widget %s">',
				'after_widget'  => '</section>',
				'before_title'  => '<h2 class="gz-widget__title widget-title">',
				'after_title'   => '</h2>',
			)
		);
		?>
	<?php endif; ?>
</aside><!-- #secondary -->
