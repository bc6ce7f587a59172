<?php
/**
 * The Sidebar containing the main widget areas.
 *
 * @package Betheme
 * @author Muffin group
 */
?>
<div class="sidebar sidebar-1 four columns">
	<div class="widget-area clearfix lines-boxed">
		<?php mfn_sidebar_widgets(); ?>
	</div>
</div>
