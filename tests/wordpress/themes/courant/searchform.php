<?php
/**
 * Sökformulär.
 *
 * @package Courant
 */

$courant_search_id = wp_unique_id( 'search-field-' );
?>
<form role="search" method="get" class="search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label class="screen-reader-text" for="<?php echo esc_attr( $courant_search_id ); ?>"><?php esc_html_e( 'Sök efter:', 'courant' ); ?></label>
	<input type="search" id="<?php echo esc_attr( $courant_search_id ); ?>" class="search-field" placeholder="<?php esc_attr_e( 'Sök artiklar …', 'courant' ); ?>" value="<?php echo esc_attr( get_search_query() ); ?>" name="s">
	<button type="submit" class="search-submit">
		<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path fill="currentColor" d="M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"/></svg>
		<span class="screen-reader-text"><?php esc_html_e( 'Sök', 'courant' ); ?></span>
	</button>
</form>
