<?php
/**
 * Sidopanel (Newspaper: dynamic_sidebar( 'td-default' )).
 */
if ( is_active_sidebar( 'td-default' ) ) {
	dynamic_sidebar( 'td-default' );
} else {
	tidig_default_sidebar();
}
