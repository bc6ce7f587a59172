<?php
/**
 * Sökformulär.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;
?>
<form role="search" method="get" class="search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label>
		<span class="screen-reader-text">Sök efter:</span>
		<input type="search" class="search-field" placeholder="Sök &hellip;" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" />
	</label>
	<input type="submit" class="search-submit" value="Sök" />
	<div class="kadence-search-icon-wrap"><span class="kadence-svg-iconset" aria-hidden="true">&#9906;</span></div>
</form>
