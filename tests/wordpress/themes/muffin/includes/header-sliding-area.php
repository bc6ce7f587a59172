<?php
/**
 * Header | Sliding Top (mobile side slide container; BeTheme fills the menu with JS)
 *
 * @package Betheme
 * @author Muffin group
 */
?>
<div id="Side_slide" class="right dark" data-width="250">
	<div class="close-wrapper"><a href="#" class="close"><i class="icon-cancel-fine"></i></a></div>
	<div class="extras">
		<a href="<?php echo esc_url( home_url( '/' ) ); ?>#felanmalan" class="action_button" target="_blank">Felanmälan</a>
		<div class="extras-wrapper">
			<a class="icon search" href="#"><i class="icon-search-fine"></i></a>
		</div>
	</div>
	<div class="search-wrapper">
		<form id="side-form" method="get" action="<?php echo esc_url( home_url( '/' ) ); ?>">
			<input type="text" class="field" name="s" placeholder="<?php echo esc_attr( mfn_translate( 'search-placeholder' ) ); ?>" />
			<input type="submit" class="submit" value="" style="display:none;" />
			<a class="submit" href="#"><i class="icon-search-fine"></i></a>
		</form>
	</div>
	<div class="lang-wrapper"></div>
	<div class="menu_wrapper"></div>
	<ul class="social"></ul>
</div>
<div id="body_overlay"></div>
