<?php
/**
 * The Sidebar containing the main widget areas.
 *
 * The shop's widgets (search, Flatsome recent posts, WooCommerce products,
 * categories, tag cloud) are printed by flatso_sidebar_widgets() with the
 * markup the real widgets produce.
 *
 * @package flatso
 */
?>
<div id="secondary" class="widget-area " role="complementary">
		<?php do_action( 'before_sidebar' ); ?>
		<?php flatso_sidebar_widgets(); ?>
</div>
