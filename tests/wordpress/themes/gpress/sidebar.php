<?php
/**
 * The Sidebar containing the main widget area.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar" <?php generate_do_microdata( 'sidebar' ); ?>>
	<div class="inside-right-sidebar">
		<?php
		if ( ! dynamic_sidebar( 'sidebar-1' ) ) :
			?>
			<aside id="search" class="widget widget_search">
				<?php get_search_form(); ?>
			</aside>

			<aside id="archives" class="widget">
				<h2 class="widget-title"><?php esc_html_e( 'Arkiv', 'gpress' ); ?></h2>
				<ul>
					<?php wp_get_archives( array( 'type' => 'monthly' ) ); ?>
				</ul>
			</aside>
			<?php
		endif;
		?>
	</div>
</div>
