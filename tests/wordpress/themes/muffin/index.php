<?php
/**
 * The main template file.
 *
 * @package Betheme
 * @author Muffin group
 */

get_header();
get_template_part( 'includes/content', 'blog' );
get_footer();
