<?php
/**
 * The search form
 *
 * @package Betheme
 * @author Muffin group
 */
?>
<form method="get" id="searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>">

	<i class="icon_search icon-search-fine"></i>
	<a href="#" class="icon_close"><i class="icon-cancel-fine"></i></a>

	<input type="text" class="field" name="s" placeholder="<?php echo esc_attr( mfn_translate( 'search-placeholder' ) ); ?>" />
	<input type="submit" class="display-none" value="" />

</form>
