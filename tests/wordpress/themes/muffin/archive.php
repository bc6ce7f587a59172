<?php
/**
 * The template for displaying Archive pages (category, tag, author, date).
 *
 * @package Betheme
 * @author Muffin group
 */

get_header();
get_template_part( 'includes/content', 'blog' );
get_footer();
