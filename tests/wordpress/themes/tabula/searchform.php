<?php
/**
 * Sökformuläret: en etikett, ett fält, en knapp.
 *
 * @package Tabula
 */

?>
<form role="search" method="get" action="<?php echo esc_url( home_url( '/' ) ); ?>">
<p><label><?php esc_html_e( 'Sök', 'tabula' ); ?> <input type="search" name="s" value="<?php echo esc_attr( get_search_query() ); ?>"></label> <button type="submit"><?php esc_html_e( 'Sök', 'tabula' ); ?></button></p>
</form>
