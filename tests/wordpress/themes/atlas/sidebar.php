<?php
/**
 * The sidebar.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( 'no-sidebar' === atlas_get_layout() ) {
	return;
}
?>
<aside id="secondary" class="widget-area atlas-sidebar" aria-label="<?php esc_attr_e( 'Sidofält', 'atlas' ); ?>" itemtype="https://schema.org/WPSideBar" itemscope>
	<div class="atlas-sidebar-inner">
		<?php do_action( 'atlas_sidebar_before' ); ?>
		<?php do_action( 'atlas_sidebar' ); ?>
		<?php do_action( 'atlas_sidebar_after' ); ?>
	</div>
</aside><!-- #secondary -->
