<?php
/**
 * Footer widget areas.
 *
 * @package Diva
 */

if ( ! is_active_sidebar( 'sidebar-2' ) && ! is_active_sidebar( 'sidebar-3' ) && ! is_active_sidebar( 'sidebar-4' ) && ! is_active_sidebar( 'sidebar-5' ) ) {
	return;
}
?>
<div class="container">
	<div id="footer-widgets" class="clearfix">
	<?php
	$diva_footer_columns = 4;
	for ( $diva_i = 1; $diva_i <= $diva_footer_columns; $diva_i++ ) {
		$diva_sidebar = 'sidebar-' . ( $diva_i + 1 );
		if ( is_active_sidebar( $diva_sidebar ) ) {
			printf( '<div class="footer-widget%s">', $diva_i === $diva_footer_columns ? ' last' : '' );
			dynamic_sidebar( $diva_sidebar );
			echo '</div> <!-- end .footer-widget -->';
		}
	}
	?>
	</div> <!-- #footer-widgets -->
</div> <!-- .container -->
