<?php
/**
 * Sökformulär.
 *
 * @package ocean
 */

$ocean_sid = wp_unique_id( 'ocean-search-form-' );
?>

<form role="search" method="get" class="searchform" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label for="<?php echo esc_attr( $ocean_sid ); ?>">
		<span class="screen-reader-text"><?php esc_html_e( 'Sök på den här webbplatsen', 'ocean' ); ?></span>
		<input type="search" id="<?php echo esc_attr( $ocean_sid ); ?>" class="field" autocomplete="off" placeholder="<?php esc_attr_e( 'Sök', 'ocean' ); ?>" name="s" value="<?php echo get_search_query(); ?>">
	</label>
</form>
