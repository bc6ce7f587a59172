<?php
/**
 * Höger sidopanel.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<?php
		if ( ! dynamic_sidebar( 'sidebar-1' ) ) :
			// Standardwidgetar när panelen är tom, som GeneratePress gör.
			?>
			<aside id="search" class="widget inner-padding widget_search">
				<?php get_search_form(); ?>
			</aside>
			<aside id="archives" class="widget inner-padding">
				<h2 class="widget-title"><?php esc_html_e( 'Arkiv', 'samtal' ); ?></h2>
				<ul>
					<?php wp_get_archives( array( 'type' => 'monthly' ) ); ?>
				</ul>
			</aside>
		<?php endif; ?>
	</div>
</div>
