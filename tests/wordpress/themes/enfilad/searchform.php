<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
/* Enfold's searchform.php */
?>


<form action="<?php echo esc_url( home_url( '/' ) ); ?>" id="searchform" method="get" class="">
	<div>
		<input type="submit" value="" id="searchsubmit" class="button avia-font-entypo-fontello" />
		<input type="text" id="s" name="s" value="<?php echo esc_attr( get_search_query() ); ?>" placeholder='Sök' />
			</div>
</form>
