<?php
/**
 * Right sidebar.
 *
 * @package Diva
 */
?>
	<div id="sidebar">
		<?php if ( is_active_sidebar( 'sidebar-1' ) ) : ?>
			<?php dynamic_sidebar( 'sidebar-1' ); ?>
		<?php else : ?>
			<div id="search-2" class="et_pb_widget widget_search">
				<?php get_search_form(); ?>
			</div> <!-- end .et_pb_widget -->
			<div id="recent-posts-2" class="et_pb_widget widget_recent_entries">
				<h4 class="widgettitle">Senaste inläggen</h4>
				<ul>
				<?php
				$diva_recent = wp_get_recent_posts( array( 'numberposts' => 5, 'post_status' => 'publish', 'has_password' => false ), OBJECT );
				foreach ( $diva_recent as $diva_recent_post ) :
					?>
					<li><a href="<?php echo esc_url( get_permalink( $diva_recent_post ) ); ?>"><?php echo esc_html( get_the_title( $diva_recent_post ) ); ?></a></li>
				<?php endforeach; ?>
				</ul>
			</div> <!-- end .et_pb_widget -->
			<div id="categories-2" class="et_pb_widget widget_categories">
				<h4 class="widgettitle">Kategorier</h4>
				<ul>
					<?php wp_list_categories( array( 'title_li' => '' ) ); ?>
				</ul>
			</div> <!-- end .et_pb_widget -->
		<?php endif; ?>
	</div> <!-- end #sidebar -->
