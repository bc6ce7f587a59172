<?php
/**
 * Blog sidebar (Avada prints it through the avada_after_content hook).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
avenue_sidebar();
