<?php
/**
 * Sökformulär.
 *
 * @package Tidning
 */
?>
<form method="get" class="td-search-form-widget" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<div role="search">
		<input class="td-widget-search-input" type="text" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" id="s" aria-label="<?php esc_attr_e( 'Sök', 'tidning' ); ?>" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="searchsubmit" value="<?php esc_attr_e( 'Sök', 'tidning' ); ?>" />
	</div>
</form>
