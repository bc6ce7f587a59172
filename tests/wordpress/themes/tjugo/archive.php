<?php
/**
 * Archive view. Twenty Twenty renders all listings with index.php;
 * this file only hands over to it.
 *
 * @package WordPress
 * @subpackage Tjugo
 */

get_template_part( 'index' );
