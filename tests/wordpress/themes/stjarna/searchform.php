<?php
/**
 * Sökformulär.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$stjarna_search_id = wp_unique_id( 'search-field-' );
?>
<form role="search" method="get" class="search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label for="<?php echo esc_attr( $stjarna_search_id ); ?>">
		<span class="screen-reader-text"><?php esc_html_e( 'Sök efter:', 'stjarna' ); ?></span>
		<input type="search" id="<?php echo esc_attr( $stjarna_search_id ); ?>" class="search-field" placeholder="<?php echo esc_attr( html_entity_decode( stjarna_default_strings( 'string-search-input-placeholder', false ), ENT_QUOTES, 'UTF-8' ) ); ?>" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" />
	</label>
	<input type="submit" class="search-submit" value="<?php esc_attr_e( 'Sök', 'stjarna' ); ?>" />
</form>
