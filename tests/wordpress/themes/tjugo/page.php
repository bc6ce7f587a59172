<?php
/**
 * Single page view. Twenty Twenty renders posts and pages with singular.php;
 * this file only hands over to it.
 *
 * @package WordPress
 * @subpackage Tjugo
 */

get_template_part( 'singular' );
