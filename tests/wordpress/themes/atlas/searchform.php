<?php
/**
 * Search form.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$atlas_search_id = wp_unique_id( 'atlas-search-' );
?>
<form role="search" method="get" class="search-form atlas-search-form" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label class="screen-reader-text" for="<?php echo esc_attr( $atlas_search_id ); ?>"><?php esc_html_e( 'Sök efter:', 'atlas' ); ?></label>
	<input type="search" id="<?php echo esc_attr( $atlas_search_id ); ?>" class="search-field atlas-search-field" placeholder="<?php esc_attr_e( 'Sök …', 'atlas' ); ?>" value="<?php echo get_search_query(); ?>" name="s" />
	<button type="submit" class="search-submit atlas-search-submit"><?php atlas_icon( 'search', 18 ); ?><span class="screen-reader-text"><?php esc_html_e( 'Sök', 'atlas' ); ?></span></button>
</form>
