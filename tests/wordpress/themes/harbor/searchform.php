<?php
/**
 * Search form.
 *
 * @package Harbor
 */

$harbor_search_id = wp_unique_id( 'harbor-search-' );
?>
<form role="search" method="get" class="harbor-search search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label class="screen-reader-text" for="<?php echo esc_attr( $harbor_search_id ); ?>"><?php esc_html_e( 'Search for:', 'harbor' ); ?></label>
	<input type="search" id="<?php echo esc_attr( $harbor_search_id ); ?>" class="harbor-search__field search-field" placeholder="<?php esc_attr_e( 'Search&hellip;', 'harbor' ); ?>" value="<?php echo esc_attr( get_search_query() ); ?>" name="s">
	<button type="submit" class="harbor-search__submit harbor-button"><?php esc_html_e( 'Search', 'harbor' ); ?></button>
</form>
