<?php
/**
 * Sökformulär.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<form method="get" class="search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label>
		<span class="screen-reader-text"><?php esc_html_e( 'Sök efter:', 'samtal' ); ?></span>
		<input type="search" class="search-field" placeholder="<?php esc_attr_e( 'Sök …', 'samtal' ); ?>" value="<?php echo esc_attr( get_search_query() ); ?>" name="s" title="<?php esc_attr_e( 'Sök efter:', 'samtal' ); ?>">
	</label>
	<button class="search-submit" aria-label="<?php esc_attr_e( 'Sök', 'samtal' ); ?>"><?php echo samtal_get_svg_icon( 'search' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></button>
</form>
