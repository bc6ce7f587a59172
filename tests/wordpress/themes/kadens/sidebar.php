<?php
/**
 * Primär sidopanel.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

if ( ! is_active_sidebar( 'sidebar-primary' ) ) {
	return;
}
?>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
	<div class="sidebar-inner-wrap">
		<?php dynamic_sidebar( 'sidebar-primary' ); ?>
	</div>
</aside><!-- #secondary -->
