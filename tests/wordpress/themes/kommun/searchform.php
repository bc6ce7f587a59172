<?php
/**
 * Sökformulär (sökresultatsidan och 404).
 *
 * @package Kommun
 */

$unikt_id = wp_unique_id( 'sokfalt-' );
?>
<form role="search" method="get" class="sok-formular sok-formular--sida" action="<?php echo esc_url( home_url( '/' ) ); ?>">
	<label for="<?php echo esc_attr( $unikt_id ); ?>">Sök på webbplatsen</label>
	<input type="search" id="<?php echo esc_attr( $unikt_id ); ?>" name="s" value="<?php echo esc_attr( get_search_query() ); ?>">
	<button type="submit" class="sok-formular__knapp">Sök</button>
</form>
